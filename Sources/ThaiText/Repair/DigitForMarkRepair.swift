/// Reads back the tone marks that a broken font encoding wrote as digits or a closing bracket
/// (`แก4ไข` for แก้ไข, `ที1` for ที่, `ใช)` for ใช้), or an extractor as U+FFFD. Such a font writes its low tone marks so,
/// so only a line with no tone mark on a consonant or lower vowel is looked at, or a line where
/// a stand-in stands inside a word, between a Thai letter or vowel and a Thai letter (`แก4ไข`:
/// some such fonts keep MAI EK and write only MAI THO so, `ครั้งท่ี ... ประกาศใช)`); and only a
/// single digit (not a number) glued to the Thai letter or vowel before it; a closing bracket
/// only when no opening one stands before it on the line. The mark taken is the one that puts it inside a dictionary
/// word and leaves no more of the Thai around it unread than before, the likelier word by the
/// corpus counts when two do; when they tie, the mark the same stand-in was read as without
/// doubt elsewhere in the text, or none.
struct DigitForMarkRepair {
    let dictionary: ThaiDictionary
    let frequencies: ThaiWordFrequencies
    let settings: ThaiRepairSettings

    /// MAI EK, MAI THO, MAI TRI, MAI CHATTAWA, THANTHAKHAT.
    static let marks: [Unicode.Scalar] = ["\u{0E48}", "\u{0E49}", "\u{0E4A}", "\u{0E4B}", "\u{0E4C}"]

    /// Quick test: a digit or closing bracket right after a Thai letter or vowel.
    static func mayApply(to scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count > 1 else { return false }
        for index in 1..<scalars.count where isStandIn(scalars[index]) && isCarrier(scalars[index - 1]) { return true }
        return false
    }

    func repair(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], changes: [ThaiRepairer.Change]) {
        var result = scalars
        var changes: [ThaiRepairer.Change] = []
        // The stand-ins read as one mark without doubt (nil: read as two different ones), and
        // the places left for a tie.
        var readAs: [Unicode.Scalar: Unicode.Scalar?] = [:]
        var ties: [(index: Int, start: Int, end: Int, marks: [Unicode.Scalar])] = []
        var lineStart = 0
        var lineHasToneMark = Self.hasToneMark(scalars, from: 0) && !Self.hasStandInInsideWord(scalars, from: 0)
        for index in scalars.indices {
            if scalars[index] == "\n" {
                lineStart = index + 1
                lineHasToneMark = Self.hasToneMark(scalars, from: lineStart)
                    && !Self.hasStandInInsideWord(scalars, from: lineStart)
                continue
            }
            guard !lineHasToneMark, index > lineStart, Self.isStandIn(scalars[index]),
                  Self.isCarrier(result[index - 1]) else { continue }
            if index + 1 < scalars.count, DateDigit.isDigit(scalars[index + 1]) { continue }
            if scalars[index] == ")", scalars[lineStart..<index].contains("(") { continue }
            var start = index
            while start > lineStart, ThaiSpanFinder.isWordScalar(result[start - 1]) { start -= 1 }
            var end = index + 1
            while end < scalars.count, ThaiSpanFinder.isWordScalar(scalars[end]) { end += 1 }
            switch bestMark(left: result[start..<index], right: scalars[index + 1..<end]) {
            case .none: continue
            case .tie(let marks): ties.append((index, start, end, marks))
            case .mark(let mark):
                result[index] = mark
                read(scalars[index], as: mark)
                changes.append(Self.change(scalars, result, start, index, end))
            }
        }
        // A broken encoding writes one mark with one stand-in: where two marks make words
        // about as likely (`ใช)`: ใช้ or ใช่), the mark the same stand-in was read as without
        // doubt elsewhere in the text decides.
        for (index, start, end, marks) in ties {
            guard let learned = readAs[scalars[index]], let mark = learned, marks.contains(mark) else { continue }
            result[index] = mark
            changes.append(Self.change(scalars, result, start, index, end))
        }
        changes.sort { $0.offset < $1.offset }
        return (result, changes)

        /// Remembers the mark a stand-in was read as; one read as two different marks
        /// teaches nothing.
        func read(_ standIn: Unicode.Scalar, as mark: Unicode.Scalar) {
            if let known = readAs[standIn], known != mark { readAs[standIn] = .some(nil) } else { readAs[standIn] = mark }
        }
    }

    private static func change(_ scalars: [Unicode.Scalar], _ result: [Unicode.Scalar], _ start: Int, _ index: Int,
                               _ end: Int) -> ThaiRepairer.Change {
        ThaiRepairer.Change(
            before: String(scalars: Array(scalars[start..<end])),
            after: String(scalars: Array(result[start...index]) + Array(scalars[index + 1..<end])),
            offset: start, kinds: [.digitForMark])
    }

    /// What a stand-in reads as: one mark, two or more that read about equally well, or none.
    enum Reading {
        case none
        case mark(Unicode.Scalar)
        case tie([Unicode.Scalar])
    }

    /// The mark that makes `left` + mark + `right` all dictionary words, unambiguously; or the
    /// marks that tie for it.
    private func bestMark(left: ArraySlice<Unicode.Scalar>, right: ArraySlice<Unicode.Scalar>) -> Reading {
        let segmenter = WordSegmenter(dictionary: dictionary)
        // The letters around may have damage of their own (`แก4ไขขอมูล`): the mark must not
        // leave more of them unread than the two parts leave now.
        let apart = segmenter.segment(left).cost.unknown + (right.isEmpty ? 0 : segmenter.segment(right).cost.unknown)
        var found: [(mark: Unicode.Scalar, cost: SegmentationCost, frequency: Int)] = []
        for mark in Self.marks {
            // A tone mark sits on a consonant or after an upper or lower vowel; THANTHAKHAT only
            // on a consonant.
            if mark == "\u{0E4C}", !ThaiCharacter.isConsonant(left.last!) { continue }
            let joined = Array(left) + [mark] + Array(right)
            let segmentation = segmenter.segment(joined[...])
            guard segmentation.cost.unknown <= apart,
                  let word = segmentation.words.first(where: { $0.contains(left.count) }) else { continue }
            let frequency = frequencies.count(of: joined[word])
            if word.count <= settings.shortWordLength, frequency < settings.minimumShortWordCount { continue }
            found.append((mark, segmentation.cost, frequency))
        }
        found.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.frequency > $1.frequency }
        guard let best = found.first else { return .none }
        if found.count > 1, found[1].cost == best.cost,
           best.frequency < settings.frequencyTieRatio * max(found[1].frequency, 1) {
            return .tie(found.filter { $0.cost == best.cost }.map(\.mark))
        }
        return .mark(best.mark)
    }

    /// A digit or a closing bracket: what such a font writes for a tone mark; or the U+FFFD an
    /// extractor writes for a mark glyph it cannot map, where the normaliser could not take it
    /// for a NIKHAHIT (`วันที�จดแจ้ง` for วันที่จดแจ้ง).
    private static func isStandIn(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || scalar == ")" || scalar == ReplacementCharacter.scalar
    }

    /// A Thai consonant or an upper or lower vowel: what carries a tone mark.
    private static func isCarrier(_ scalar: Unicode.Scalar) -> Bool {
        ThaiCharacter.isConsonant(scalar) || [0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E38, 0x0E39].contains(scalar.value)
    }

    /// True when the line from `start` has a digit or closing bracket between a Thai letter or
    /// vowel and a Thai consonant or leading vowel (`แก4ไข`), with no opening bracket before it
    /// on the line: a sign of the broken font that a number or a list marker never gives
    /// (`ข้อ 4ก`, `ป6`, `ก) การประชุม`).
    private static func hasStandInInsideWord(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start + 1
        var sawOpening = start < scalars.count && scalars[start] == "("
        while index + 1 < scalars.count, scalars[index] != "\n" {
            if scalars[index] == "(" { sawOpening = true }
            if isStandIn(scalars[index]), isCarrier(scalars[index - 1]),
               ThaiCharacter.isConsonant(scalars[index + 1]) || ThaiCharacter.isLeadingVowel(scalars[index + 1]),
               !(scalars[index] == ")" && sawOpening) {
                return true
            }
            index += 1
        }
        return false
    }

    /// True when the line from `start` has a tone mark or THANTHAKHAT on a consonant or a lower
    /// vowel: a font that writes those as digits has none (one drawn above an upper vowel, as in
    /// ถิ่น, may be a glyph of its own that kept its text).
    private static func hasToneMark(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var end = start
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return WholesaleToneRepair.hasLowMark(scalars[start..<end])
    }
}
