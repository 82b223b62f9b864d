import Foundation

/// Templates/units.json as written: known unit names, head words, conjunctions and labels.
/// The unit splitter and the unit rule (ITA015) each prepare it their own way.
struct UnitsFile: Decodable, Sendable {
    struct Head: Decodable, Sendable {
        var word: String
        var needsName: Bool?
        var splitsGluedText: Bool?
    }

    var units: [String]
    var heads: [Head]
    var conjunctions: [String]
    var labels: [String]?

    static let fileName = "units.json"

    /// The file in `TemplatesFolder.url`, or in the built-in Templates when that folder (an
    /// `ITA_TEMPLATES` override) has none; nil when neither can be read.
    /// Read once for each templates folder: the splitter and the unit rule both need it.
    static func load() -> UnitsFile? {
        let folder = TemplatesFolder.url
        return cache.value(for: folder.path) {
            let builtIn = Bundle.module.url(forResource: "Templates", withExtension: nil)
            let folders = [folder] + (builtIn.map { [$0] } ?? [])
            return folders.lazy.compactMap { folder -> UnitsFile? in
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return nil }
                return try? JSONDecoder().decode(UnitsFile.self, from: data)
            }.first
        }
    }

    private static let cache = LoadOnceCache<String, UnitsFile?>()
}
