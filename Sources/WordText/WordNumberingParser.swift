/// Reads `word/numbering.xml`.
final class WordNumberingParser: WordPartDelegate {
    private(set) var result = WordNumbering()
    private var path: [String] = []
    private var definition: (id: Int, value: WordNumbering.Definition)?
    private var instance: (id: Int, value: WordNumbering.Instance)?
    private var level: (index: Int, value: WordNumbering.Level)?
    private var overrideLevel: Int?

    /// Levels a list may have: Word's nine (0–8).
    static let levels = 0...8

    func start(_ name: String, namespace: String?, attributes: [String: String]) {
        let parent = path.last
        path.append(name)
        guard WordXML.isWord(namespace) else { return }
        let value = WordXML.attribute("val", in: attributes)
        let number = WordXML.integer("val", in: attributes)
        switch name {
        case "abstractNum":
            definition = WordXML.integer("abstractNumId", in: attributes).map { ($0, WordNumbering.Definition()) }
        case "num" where parent == "numbering":
            instance = WordXML.integer("numId", in: attributes).map { ($0, WordNumbering.Instance(definitionID: -1)) }
        case "abstractNumId" where parent == "num":
            if let number { instance?.value.definitionID = number }
        case "lvlOverride":
            overrideLevel = WordXML.integer("ilvl", in: attributes).flatMap { Self.levels.contains($0) ? $0 : nil }
        case "startOverride" where parent == "lvlOverride":
            if let overrideLevel, let number { instance?.value.startOverrides[overrideLevel] = number }
        case "lvl":
            level = WordXML.integer("ilvl", in: attributes).flatMap { Self.levels.contains($0) ? ($0, WordNumbering.Level()) : nil }
        case "start" where parent == "lvl":
            if let number { level?.value.start = number }
        case "numFmt" where parent == "lvl":
            if let value { level?.value.format = value }
        case "lvlText" where parent == "lvl":
            level?.value.text = value
        case "suff" where parent == "lvl":
            if let value { level?.value.suffix = value }
        case "isLgl" where parent == "lvl":
            level?.value.isLegal = WordXML.isOn(attributes)
        case "lvlRestart" where parent == "lvl":
            level?.value.restartAfter = number
        case "pStyle" where parent == "lvl":
            level?.value.styleID = value
        case "numStyleLink" where parent == "abstractNum":
            definition?.value.styleLink = value
        default:
            break
        }
    }

    func end(_ name: String, namespace: String?) {
        if !path.isEmpty { path.removeLast() }
        guard WordXML.isWord(namespace) else { return }
        switch name {
        case "lvl":
            guard let level else { return }
            if let overrideLevel, instance != nil {
                instance?.value.levelOverrides[overrideLevel] = level.value
            } else {
                definition?.value.levels[level.index] = level.value
            }
            self.level = nil
        case "lvlOverride":
            overrideLevel = nil
        case "abstractNum":
            if let definition { result.definitions[definition.id] = definition.value }
            definition = nil
        case "num":
            if let instance, instance.value.definitionID >= 0 { result.instances[instance.id] = instance.value }
            instance = nil
        default:
            break
        }
    }
}
