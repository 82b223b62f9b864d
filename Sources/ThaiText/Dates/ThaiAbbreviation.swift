/// A dotted Thai abbreviation such as ต.ค. or พ.ศ., matched as people type it: "ต.ค.",
/// "ต.ค" (last dot forgotten), "ต. ค." (spaces after the dots), "ตค" (no dots at all).
///
/// Without dots the letters are ordinary Thai (ตค, พศ could sit inside any word), so an
/// undotted form counts only standing alone: no Thai letter on either side. A dotted form
/// may follow a Thai word ("เดือนต.ค."), but not another dot, so that the tail of a longer
/// abbreviation (อ.ส.ค.) is not read as a month.
struct ThaiAbbreviation: Sendable {
    let parts: [[Unicode.Scalar]]

    init(parts: [String]) {
        self.parts = parts.map { Array($0.unicodeScalars) }
    }

    /// The end of the abbreviation when it starts at `start`, or nil.
    func match(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var position = start
        var dotted = false
        for (index, part) in parts.enumerated() {
            guard Self.hasPrefix(part, in: scalars, at: position) else { return nil }
            position += part.count
            let isLast = index == parts.count - 1
            if position < scalars.count, scalars[position] == "." {
                dotted = true
                position += 1
                if isLast { break }
            }
            if !isLast {
                while position < scalars.count, scalars[position] == " " || scalars[position] == "\u{00A0}" {
                    position += 1
                }
            }
        }
        let before: Unicode.Scalar? = start > 0 ? scalars[start - 1] : nil
        if before == "." { return nil }
        if !dotted, let before, Self.isThaiLetter(before) { return nil }
        // A letter right after the last group means it was the start of a word; after a
        // closing dot anything may follow ("ต.ค.68").
        if scalars[position - 1] != ".", position < scalars.count, Self.isThaiLetter(scalars[position]) {
            return nil
        }
        return position
    }

    private static func hasPrefix(_ part: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + part.count <= scalars.count else { return false }
        for offset in 0..<part.count where scalars[start + offset] != part[offset] {
            return false
        }
        return true
    }

    /// Thai consonants, vowels and marks (not the digits or punctuation of the block).
    static func isThaiLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E01...0x0E2E, 0x0E30...0x0E3A, 0x0E40...0x0E45, 0x0E47...0x0E4E: return true
        default: return false
        }
    }
}
