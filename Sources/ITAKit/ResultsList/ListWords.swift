import Foundation

/// Templates/results-list.json: the words a results list is read by (its column headings, the
/// marks of a tool with no result, the level names lists write under the pass mark, how the
/// announcing body is introduced). Read once per templates folder.
struct ListWords: Decodable, Sendable {
    var rankHeadings: [String]
    var nameHeadings: [String]
    var provinceHeadings: [String]
    var levelHeadings: [String]
    var totalHeadings: [String]
    /// Level names lists write under the pass mark, whatever the year's template knows
    /// (a vocational office's 2568 list writes ปรับปรุง): they fail.
    var levelNamesBelowPassMark: [String]
    /// What a list prints for a tool or a total with no result.
    var absentMarks: [String]
    var announcementWords: [String]
    var announcementEndWords: [String]

    static let fileName = "results-list.json"

    /// Whether a cell holds no figure: empty, or one of `absentMarks`.
    func isAbsent(_ text: String) -> Bool {
        let key = NameKey.of(text)
        return key.isEmpty || absentMarks.contains { NameKey.of($0) == key }
    }

    static func load() -> ListWords {
        let folder = TemplatesFolder.url
        return cache.value(for: folder.path) {
            let builtIn = Bundle.module.url(forResource: "Templates", withExtension: nil)
            for folder in [folder] + (builtIn.map { [$0] } ?? []) {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)),
                      let words = try? JSONDecoder().decode(ListWords.self, from: data) else { continue }
                return words
            }
            fatalError("ita's built-in Templates/\(fileName) is missing or unreadable: the build is broken")
        }
    }

    private static let cache = LoadOnceCache<String, ListWords>()
}
