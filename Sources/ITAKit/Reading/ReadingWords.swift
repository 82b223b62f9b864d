import Foundation

/// Templates/reading.json: the words ita reads a report by, whatever its layout (what column
/// headings mean, which words make a number a score or not this year's score, how levels are
/// introduced, the kinds of agency). Read once per templates folder.
struct ReadingWords: Decodable, Sendable {
    struct RoleWords: Decodable, Sendable {
        var role: ColumnRole
        var words: [String]
    }

    /// Words by which any ITA report or text names the assessment: one of them at least.
    var itaNames: [String]
    var columnRoles: [RoleWords]
    var overallRowWords: [String]
    var scoreWords: [String]
    var notThisYearWords: [String]
    var levelWords: [String]
    /// Words after a level that explain it (`ระดับ B หมายถึง …`): a level named after them is
    /// part of the explanation, not a second level.
    var levelExplanationWords: [String]
    /// Level names of every year and scheme (AA–F, ผ่าน…, the 2561 words): a report may name its level in another year's.
    var levelNames: [String]
    var englishLevels: [String: String]
    /// Words that make an average the agency's own score (`ด้วยคะแนนเฉลี่ย 86.48`), where
    /// `เฉลี่ย` alone is another average (the country's) among `notThisYearWords`.
    var ownAverageWords: [String]
    /// Words that make an average, looked for before it in its sentence, all agencies' (`ในภาพรวม
    /// จากหน่วยงานภาครัฐทั่วประเทศ … มีคะแนนเฉลี่ยอยู่ที่ 87.57`), however the average is worded.
    var allAgenciesWords: [String]
    /// A level written short (`“ดีเยี่ยม”`), with the names it stands for: the one of the
    /// year's scheme is taken (ผ่านดีเยี่ยม from 2566, AA before), else the first.
    var shortLevelNames: [String: [String]]
    /// Words that make the number after them this year's, after another year's in the same
    /// sentence (`ปีที่แล้ว 84.53 ปีนี้ 94.15`).
    var thisYearWords: [String]
    var measuresYearWords: [String]
    var assessedYearWords: [String]
    var agencyTypes: [String]
    /// The Thai kind of agency an English name's last word stands for: University → มหาวิทยาลัย.
    var englishAgencyTypes: [String: String]
    var agencyAbbreviations: [String: String]
    var notAgencies: [String]
    var agencyNameEndWords: [String]
    /// Words that end a name glued to where the agency is (`…ธานีจังหวัดร้อยเอ็ด`), unless
    /// the name starts with one of `notAfter`: an office's name holds its province
    /// (`สำนักงานพัฒนาชุมชนจังหวัดพะเยา`).
    var agencyLocatorWords: LocatorWords
    /// The kind an abbreviated kind of agency stands for, where the name keeps the abbreviation
    /// as written (`สภ.นาโดน` is a `สถานีตำรวจ`).
    var abbreviatedTypeNames: [String: String]
    /// Words that tell what a named agency is to a text (`AgencyMention.Role`).
    var agencyRoles: AgencyRoleWords

    struct LocatorWords: Decodable, Sendable {
        var words: [String]
        var notAfter: [String]
    }

    struct AgencyRoleWords: Decodable, Sendable {
        /// A name holding one of these is the assessor's (`…ปราบปรามการทุจริตแห่งชาติ`, `ป.ป.ช.`),
        /// however its words are spelt.
        var assessorMarks: [String]
        /// Kinds of agency named as kinds, not agencies: `องค์การมหาชน`.
        var categories: [String]
        /// A legal status written after a name, part of it: `(องค์การมหาชน)`.
        var nameSuffixes: [String]
        /// Kinds of body other agencies belong to: `กระทรวง`.
        var parentTypes: [String]
        /// Words before a name that make it the body another belongs to: `ในสังกัด`.
        var parentIntroducers: [String]
        /// Words that, glued to a kind of agency, make it refer back to one named before
        /// (`มหาวิทยาลัยมีผลคะแนน…`): the kind names no agency there. Not every word that ends a
        /// name: `รับ` starts `สำนักงานรับรอง…`'s.
        var verbsAfterKindAlone: [String]
        /// Words that start a province's name when a text reports a province's result.
        var provinceWords: [String]
        /// Words glued before a province that make it a person's post or a place
        /// (`ผู้ว่าราชการจังหวัด…`, `ศาลากลางจังหวัด…`), not an agency reporting its result.
        var provincePlaceWords: [String]
        /// Kinds whose name is written with spaces up to a closing word (`บริษัท … จำกัด`),
        /// where other names end at the first space.
        var namesRunningTo: [String: String]
        /// Words that, with a number after a space, end a name (`… สมุทรปราการ เขต 1`, `… ภาค 4`).
        var numberedNameParts: [String]
    }

    /// Each role's heading words as headings are compared: without spaces, in lower case.
    private(set) var headingKeys: [(role: ColumnRole, keys: [String])] = []

    private enum CodingKeys: String, CodingKey {
        case itaNames, columnRoles, overallRowWords, scoreWords, notThisYearWords, levelWords, levelExplanationWords, levelNames, englishLevels
        case ownAverageWords, allAgenciesWords, shortLevelNames, thisYearWords, measuresYearWords, assessedYearWords, agencyTypes, englishAgencyTypes, agencyAbbreviations, notAgencies, agencyNameEndWords, agencyLocatorWords, abbreviatedTypeNames, agencyRoles
    }

    /// Whether the words before a number make it another number than this year's score
    /// (`notThisYearWords`), an average the agency scored (`ownAverageWords`) aside.
    func marksAnotherNumber(_ before: String) -> Bool {
        notThisYearWords.contains(where: withoutOwnAverage(before).containsExactly)
    }

    /// `text` with the words of an average the agency scored (`ownAverageWords`) taken out.
    func withoutOwnAverage(_ text: String) -> String {
        // Foundation's replacement is slow even when nothing is replaced: only a word that is
        // there is replaced (the text is NFC, so the exact search finds what Foundation would).
        ownAverageWords.reduce(text) { text, word in
            text.containsExactly(word) ? text.replacingOccurrences(of: word, with: " ") : text
        }
    }

    static let fileName = "reading.json"

    /// The file in `TemplatesFolder.url`, else the built-in one. The built-in file is part of
    /// ita: a missing or broken one is a broken build, not bad input.
    static func load() -> ReadingWords {
        let folder = TemplatesFolder.url
        return cache.value(for: folder.path) {
            let builtIn = Bundle.module.url(forResource: "Templates", withExtension: nil)
            let folders = [folder] + (builtIn.map { [$0] } ?? [])
            for folder in folders {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { continue }
                if var words = try? JSONDecoder().decode(ReadingWords.self, from: data) {
                    words.headingKeys = words.columnRoles.map { entry in
                        (entry.role, entry.words.map { String($0.filter { !$0.isWhitespace }).lowercased() })
                    }
                    return words
                }
            }
            fatalError("ita's built-in Templates/\(fileName) is missing or unreadable: the build is broken")
        }
    }

    private static let cache = LoadOnceCache<String, ReadingWords>()
}
