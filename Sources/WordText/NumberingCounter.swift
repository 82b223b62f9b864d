/// Counts the numbered paragraphs of a part in reading order and gives each the number Word
/// shows before it (`1.`, `2.1`, `(3)`, `๑)`, `ก.`), with what follows it.
///
/// A list's counts are kept per abstract definition, as Word keeps them: lists that share a
/// definition go on counting together, unless a list restarts a level (`w:startOverride`),
/// which it does where it is first used. Counting a level restarts the levels below it.
struct NumberingCounter {
    let numbering: WordNumbering
    let styles: WordStyles
    /// For each abstract definition, the current count of each level.
    private var counts: [Int: [Int: Int]] = [:]
    /// Restarts asked for by lists not yet used: a list's override takes effect where it is first used.
    private var startedLists: Set<Int> = []
    private var pendingStarts: [Int: [Int: Int]] = [:]

    /// Bullet characters of symbol fonts (Symbol's and Wingdings' Private Use Area), which mean
    /// nothing as text: written as the bullet Word draws.
    static let bullet = "•"

    init(numbering: WordNumbering, styles: WordStyles) {
        self.numbering = numbering
        self.styles = styles
    }

    /// What Word shows before `paragraph`, with the space or nothing that follows it; nil when
    /// it is not numbered.
    mutating func label(for paragraph: WordParagraph) -> String? {
        let fromStyle = paragraph.styleID.map { styles.numbering(forStyle: $0) }
        guard let list = paragraph.numberingID ?? fromStyle?.id, list != 0,
              let definition = numbering.definitionID(ofList: list, styles: styles) else { return nil }
        let level = paragraph.numberingLevel ?? fromStyle?.level
            ?? paragraph.styleID.flatMap { numbering.level(linkedTo: $0, ofList: list, styles: styles) } ?? 0
        guard WordNumberingParser.levels.contains(level),
              let definitionOfLevel = numbering.level(level, ofList: list, styles: styles) else { return nil }

        if !startedLists.contains(list) {
            startedLists.insert(list)
            for (overridden, start) in numbering.instances[list]?.startOverrides ?? [:] {
                pendingStarts[definition, default: [:]][overridden] = start
                counts[definition]?[overridden] = nil
            }
        }
        count(level: level, definition: definition, list: list, start: definitionOfLevel.start)

        if definitionOfLevel.format == "bullet" {
            let text = definitionOfLevel.text ?? ""
            let shown = text.unicodeScalars.allSatisfy { (0xE000...0xF8FF).contains($0.value) } ? Self.bullet : text
            return shown.isEmpty ? nil : shown + suffix(definitionOfLevel)
        }
        let shown = text(of: definitionOfLevel, definition: definition, list: list)
        return shown.isEmpty ? nil : shown + suffix(definitionOfLevel)
    }

    private mutating func count(level: Int, definition: Int, list: Int, start: Int) {
        if let pending = pendingStarts[definition]?[level] {
            counts[definition, default: [:]][level] = pending
            pendingStarts[definition]?[level] = nil
        } else if let current = counts[definition]?[level] {
            counts[definition, default: [:]][level] = current + 1
        } else {
            counts[definition, default: [:]][level] = start
        }
        for deeper in (level + 1)...WordNumberingParser.levels.upperBound {
            // Unset: restart after any level above; 0: never; n: after level n (1-based) or above.
            let restarts = switch numbering.level(deeper, ofList: list, styles: styles)?.restartAfter {
            case nil: true
            case let after?: after > 0 && level < after
            }
            if restarts { counts[definition]?[deeper] = nil }
        }
    }

    /// `w:lvlText` with each `%n` replaced by level n's count in its format (in decimal when
    /// the level is legal-style); a level not yet counted shows its start.
    private func text(of level: WordNumbering.Level, definition: Int, list: Int) -> String {
        guard let template = level.text else { return "" }
        var shown = ""
        let characters = Array(template)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "%", index + 1 < characters.count, let digit = characters[index + 1].wholeNumberValue, (1...9).contains(digit) {
                let referenced = digit - 1
                let definitionOfReferenced = numbering.level(referenced, ofList: list, styles: styles)
                let value = counts[definition]?[referenced] ?? pendingStarts[definition]?[referenced] ?? definitionOfReferenced?.start ?? 1
                let format = level.isLegal ? "decimal" : (definitionOfReferenced?.format ?? "decimal")
                shown += format == "bullet" ? "" : NumberFormat.format(value, as: format)
                index += 2
                continue
            }
            shown.append(character)
            index += 1
        }
        return shown
    }

    private func suffix(_ level: WordNumbering.Level) -> String {
        // A tab after a number aligns the text: on the page it reads as a space.
        level.suffix == "nothing" ? "" : " "
    }
}
