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
