import Foundation

/// The unit names and head words of Templates/units.json, compared as `NameKey`s (spaces and
/// split SARA AM aside), for judging a responsible unit as the splitter gave it. Loaded as
/// `ResponsibleUnitSplitter` loads it (`UnitsFile.load`).
struct KnownUnits: Sendable {
    struct Head: Sendable {
        var word: String
        var key: String
        var needsName: Bool
    }

    /// Full names as listed.
    var names: [String] = []
    /// By `NameKey`, to the name as listed.
    var nameByKey: [String: String] = [:]
    /// Longest first.
    var heads: [Head] = []
    var conjunctionKeys: [String] = []

    static let shared = KnownUnits()

    init() {
        guard let file = UnitsFile.load() else { return }
        names = file.units
        for name in file.units {
            let key = NameKey.of(name)
            if nameByKey[key] == nil { nameByKey[key] = name }
        }
        heads = file.heads.map { Head(word: $0.word, key: NameKey.of($0.word), needsName: $0.needsName ?? false) }
            .filter { !$0.key.isEmpty }
            .sorted { $0.key.count > $1.key.count }
        conjunctionKeys = file.conjunctions.map(NameKey.of).filter { !$0.isEmpty }
    }

    var isEmpty: Bool { names.isEmpty }

    /// The longest head word `key` starts with.
    func head(of key: String) -> Head? {
        heads.first { key.hasPrefix($0.key) }
    }
}
