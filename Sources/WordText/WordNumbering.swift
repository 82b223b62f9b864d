/// The list definitions of `word/numbering.xml`: abstract definitions (a format, a text such
/// as `%1.` or `(%1)` and a start per level) and the list instances paragraphs refer to, each
/// with its abstract definition and the levels it restarts or redefines.
struct WordNumbering {
    struct Level: Equatable {
        var start = 1
        /// `w:numFmt`: decimal, thaiNumbers, thaiLetters, lowerLetter, upperRoman, bullet, none …
        var format = "decimal"
        /// `w:lvlText`: what Word shows, `%1` … `%9` standing for the counts of levels 1 … 9.
        var text: String?
        /// What follows the number: a tab (Word's default), a space or nothing.
        var suffix = "tab"
        /// `w:isLgl`: the counts of every level in decimal, whatever their own format.
        var isLegal = false
        /// `w:lvlRestart`: restart after a use of this level (1-based) or above; 0 never.
        /// Unset: after any level above.
        var restartAfter: Int?
        /// `w:pStyle`: the paragraph style linked to this level.
        var styleID: String?
    }

    struct Definition: Equatable {
        var levels: [Int: Level] = [:]
        /// `w:numStyleLink`: the levels are those of the list a numbering style points to.
        var styleLink: String?
    }

    struct Instance: Equatable {
        var definitionID: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var definitions: [Int: Definition] = [:]
    var instances: [Int: Instance] = [:]

    /// The abstract definition behind list `id`, following a numbering style's link once.
    func definitionID(ofList id: Int, styles: WordStyles) -> Int? {
        guard let instance = instances[id], let definition = definitions[instance.definitionID] else { return nil }
        if definition.levels.isEmpty, let link = definition.styleLink,
           let linked = styles.numbering(forStyle: link).id, linked != id,
           let linkedInstance = instances[linked], definitions[linkedInstance.definitionID] != nil {
            return linkedInstance.definitionID
        }
        return instance.definitionID
    }

    /// The definition of `level` in list `id`: the list's own redefinition, or its abstract's.
    func level(_ level: Int, ofList id: Int, styles: WordStyles) -> Level? {
        if let own = instances[id]?.levelOverrides[level] { return own }
        return definitionID(ofList: id, styles: styles).flatMap { definitions[$0]?.levels[level] }
    }

    /// The level of list `id` linked to paragraph style `styleID`, if any.
    func level(linkedTo styleID: String, ofList id: Int, styles: WordStyles) -> Int? {
        guard let definition = definitionID(ofList: id, styles: styles).flatMap({ definitions[$0] }) else { return nil }
        return definition.levels.first { $0.value.styleID == styleID }?.key
    }
}

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
