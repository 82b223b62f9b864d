/// The tolerances of `ThaiRepairer`, each with its default and why.
public struct ThaiRepairSettings: Sendable, Equatable {
    /// How near (in characters) an edit of a kind that leaves unknown characters must be to
    /// a character no dictionary word covers. 2: a displaced mark sits one character after
    /// the unknown stretch it makes, a dropped mark at most two (`เพือ` reads เพ + unknown ือ).
    public var unknownReach = 2
    /// At most this many edits in one span: enough for a line of PowerPoint text whose every
    /// SARA AA became SARA AM; a bound on the time a long line of names can cost.
    public var maximumEditsPerSpan = 24
    /// Spans longer than this many characters are left as they are: a real span (Thai runs
    /// joined by single spaces) is a line at most; longer is not prose the repair can judge,
    /// and each edit costs a segmentation of its run.
    public var maximumSpanLength = 1_000
    /// A mark put back (dropped, lost to a space, or read from a digit) must land in a word of
    /// more than this many characters, or in a word the corpus counts at least
    /// `minimumShortWordCount` times. 4: the short words a stray mark makes of a name or an
    /// abbreviation are rare ones (`มค` → มัค, 71 times; `สำนักอง` → สำนักอัง, 468), while the
    /// short words text really loses marks from are common (ที่, ได้, หน้า, ต้อง: 44,000 and more).
    public var shortWordLength = 4
    /// See `shortWordLength`. 1,000: above อัง (468) and มัค (71), far below the short words
    /// that lose their marks.
    public var minimumShortWordCount = 1_000
    /// When two repairs of one place read equally well, the one whose word the corpus counts at
    /// least this many times as often as the other's is taken (`ไมแ นใ จ`: ไม่ 451,244 against
    /// ไม้ 10,420). 5: not เชื่อ (12,671) over เชื้อ (3,529), which an ITA report on infection
    /// control needs (`ติดเชือ`), nor ใช้ over ใช่ (3.3 times): there only the sense decides.
    public var frequencyTieRatio = 5
    /// A run of at most this many characters before a single full stop is an abbreviation
    /// (`บร.`, `อบต.`, `ป.ป.ช.`), none of whose letters is edited; a longer one ends a sentence,
    /// and only its last letter is kept (`สานักงาน.` is still a damaged word). 4.
    public var maximumAbbreviationLength = 4
    /// On a line that lost its tone marks, a word that is itself a word gets a mark back only
    /// when the marked word is this many times as common: ได (978) → ได้ (396,750), ที (12,135)
    /// → ที่ (818,364), but not สวน (6,348; ส่วน 59,277), หนา (2,358; หน้า 44,132), ขอ or แก,
    /// which are common words in their own right. 50.
    public var wholesaleToneRatio = 50
    /// On a line that lost its tone marks wholesale and where at least
    /// `minimumMendedWordsForFrequency` words were already found without their marks, a word
    /// that is a word as it stands gets its mark when the marked word is this many times as
    /// common: the whole line shows the loss, so frequency decides (สวน → ส่วน, 9 times;
    /// แจง → แจ้ง, 23; รู → รู้, 23), but not where the unmarked word is about as common (แก,
    /// แก่ and แก้; รวม and ร่วม; เขา and เข้า), which only the words around can settle. 8.
    public var lostLineToneRatio = 8
    /// See `lostLineToneRatio`. 3: two mended words can be a name's syllables; three on a line
    /// with no low tone mark are the font's loss.
    public var minimumMendedWordsForFrequency = 3
    /// A span (Thai runs joined by single spaces) with at least this many spaces between two
    /// parts that are no words (`การเข ยนรายงานการประช ม`) lost letters to spaces throughout, so
    /// its spaces beside one word may stand for lost letters too (`LostLetterSpaceRepair`). 2: one
    /// such space can be a name's beside an abbreviation; two in one span are the extractor's.
    public var minimumLostLetterSpaces = 2
    /// Where a space could stand for two letters that make two words of the same place, the
    /// word the corpus counts at least this many times as often as the other is taken
    /// (`LostLetterSpaceRepair`): 4, so นี้ over นี่ (4.6 times), not ใช้ over ใช่ (3.3) or เชื่อ
    /// over เชื้อ (3.6), which only the sense decides. Lower than `frequencyTieRatio`: a line that
    /// lost a letter in every other word has few words left whole to decide by.
    public var lostLetterTieRatio = 4
    /// A word read across a space that stood for nothing (the space dropped) counts as if the
    /// corpus had it this share of its count (`LostLetterSpaceRepair`): in a span that lost
    /// letters to spaces, a space stands for a lost letter far more often than for nothing, so
    /// `เข าร วม` is เข้าร่วม, not เขา รวม (เขา 141,791 against เข้า 87,791). 0.1.
    public var droppedSpaceWeight = 0.1
    /// In a span that shows only one space between parts that are no words, a space beside one
    /// word is read as a lost letter only inside a dictionary word of at least this many letters
    /// (`LostLetterSpaceRepair`): `ประเม นผล` is ประเมินผล (เม is a word, so only the right side is
    /// unknown), while a name beside a word does not become a short word by one mark (`นาโสภ นัก`).
    /// 6: longer than the short words (`shortWordLength`) a stray mark makes by chance.
    public var minimumLettersAcrossLoneSpace = 6
    /// In a span that lost letters to spaces throughout (`minimumLostLetterSpaces`), a space
    /// between two dictionary words may stand for a lost letter too (`พร อม` for พร้อม, `เพ อมอบ`
    /// for เพื่อมอบ: พร, เพ and อม are words): a word read across it counts as if the corpus had it
    /// this share of its count (`LostLetterSpaceRepair`), so one common word beats two rare ones
    /// that happen to be words, while two common words keep their space. 0.001.
    public var closedSpaceWeight = 0.001
    /// In a span that lost letters to spaces throughout (`minimumLostLetterSpaces`), a word at
    /// the span's end or before a space that may stand for a lost letter may have lost its last
    /// mark with no space of its own (`วางไว ระหว าง` for วางไว้ระหว่าง, `ด งน` for ดังนี้): put back
    /// there, the word counts as if the corpus had it this share of its count
    /// (`LostLetterSpaceRepair`), so that the word as it stands is kept unless the marked one is
    /// more than 8 times as common (ไว 1,620 → ไว้ 70,213; นี 2,544 → นี้ 173,270; not เขา, แก,
    /// นา). 0.125, as `lostLineToneRatio` asks of a word on a line that lost its marks.
    public var wordEndLostLetterWeight = 0.125
    /// A line shows that its tone marks were lost wholesale when it has at least this many
    /// Thai consonants, not one tone mark or THANTHAKHAT on a consonant or a lower vowel, and a
    /// word run no dictionary word covers. 12: Thai prose carries a low tone mark every few
    /// syllables (ที่ and สั้น carry theirs above a vowel, so they do not count); the unknown
    /// run keeps a correct title (`การประเมินผล`) out.
    public var minimumLettersForToneEvidence = 12
    /// A line with no low tone mark and no unknown word run still shows that it lost its tone
    /// marks when at least this many of its words are ones the wholesale repair would mark
    /// (`ได` → ได้, `ตอ` → ต่อ, `ให` → ให้: each at least `wholesaleToneRatio` times rarer than
    /// the marked word). 2: one such word can be a name's syllable or a rare word used
    /// rightly; two on a line with no low tone mark at all are the font's loss. 0 turns it off.
    public var minimumMarkedWordsForToneEvidence = 2
    /// A space after letters no dictionary word covers may stand for a lost mark though a word
    /// begins after it (`ผู้ใช งาน` for ผู้ใช้งาน): the edit must still leave fewer unknown
    /// letters and put its mark inside a dictionary word. When false, the part after the space
    /// must be unknown too, or begin with what cannot begin a syllable. Off by default: the
    /// letters before such a space are as often a name or an abbreviation the dictionary lacks
    /// (on the tuning sets it restored one line more; on the 116-line measuring set one fewer).
    public var spaceAfterUnknownMayBeMark = false
    /// Words after which an unknown word is a place's name (`เทศบาลตำบลหงาว`, `อ.เทิง`): no
    /// mark is put back into it (as dropped, lost to a space or read from a digit), unless its
    /// line lost its tone marks wholesale.
    /// A name the dictionary lacks often reads as a word with one more mark (หงาว → หง่าว,
    /// เทิง → เทิ่ง), and a typed text keeps its names as their owners spell them.
    public var nameIntroducers = ["อำเภอ", "อ.", "ตำบล", "ต.", "จังหวัด", "จ.", "เมือง", "นคร", "หมู่บ้าน"]
    /// The kinds of damage repaired.
    public var kinds: Set<ThaiDamageKind> = Set(ThaiDamageKind.allCases)

    public init() {}
}
