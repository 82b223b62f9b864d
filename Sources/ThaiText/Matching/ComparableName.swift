/// A name reduced to what identifies it, so that the ways reports write one name compare
/// equal: "7.ประสิทธิภาพการสื่อสาร", "(7) ประสิทธิภาพการสื่อสาร", "<p>ตัวชี้วัดที่ 7
/// ประสิทธิภาพการสื่อสาร</p>", "การใช้อํานาจ" with SARA AM in two pieces.
///
/// - `ThaiNormalizer` first: PDF damage (split SARA AM, PUA marks, stray spaces between a
///   letter and its mark) and NFC.
/// - Markup tags and bracketed notes go: "(จุดอ่อนที่ต้องพัฒนาแก้ไขโดยเร่งด่วน)" is about
///   the indicator, not part of its name; so does a bracketed number "(7)".
/// - Leading numbering and the word ตัวชี้วัด(ที่): "7.", "๗.", "7)", "3.1".
/// - White space: Thai names wrap anywhere in a table cell, so spaces carry no meaning.
struct ComparableName {
    /// The name without white space, for comparing whole names.
    let scalars: [Unicode.Scalar]
    /// The words between white space, each without its leading numbering, for finding a
    /// name inside a longer text.
    let words: [[Unicode.Scalar]]

    private static let indicatorWords = ["ตัวชี้วัดที่", "ตัวชี้วัด"].map { Array($0.unicodeScalars) }

    init(_ text: String) {
        let normalized = ThaiNormalizer().normalize(text).lowercased()
        let cleaned = Self.removingBracketsAndTags(Array(normalized.unicodeScalars))
        var words: [[Unicode.Scalar]] = []
        var word: [Unicode.Scalar] = []
        for scalar in cleaned {
            // An e-signature's zero-width space between two words separates them like a space.
            if ThaiCharacter.isWhitespace(scalar) || GapCharacter.isInvisible(scalar) {
                if !word.isEmpty { words.append(word) }
                word = []
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(word) }
        // The name proper starts after the numbering and the word ตัวชี้วัด.
        var first = 0
        while first < words.count {
            let stripped = Self.strippingNumbering(words[first])
            if stripped.isEmpty {
                first += 1
            } else {
                words[first] = stripped
                break
            }
        }
        let nameWords = Array(words[first...])
        self.scalars = nameWords.flatMap { $0 }
        self.words = words.map(Self.strippingNumbering).filter { !$0.isEmpty }
    }

    /// Drops "<p>", "</p>" and the like, and text in round brackets (an unclosed bracket
    /// runs to the end: a cell cut off inside its note), leaving a space in their place.
    private static func removingBracketsAndTags(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var depth = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "(" || scalar == "\u{FF08}" {
                depth += 1
                result.append(" ")
            } else if scalar == ")" || scalar == "\u{FF09}" {
                depth = max(0, depth - 1)
                result.append(" ")
            } else if depth > 0 {
                // Inside brackets: dropped.
            } else if scalar == "<", let end = MarkupTag.end(in: scalars, from: index) {
                result.append(" ")
                index = end
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return result
    }

    /// The word without leading numbering ("7.", "๗.", "3.1", "7)") or a leading
    /// ตัวชี้วัด(ที่); empty when the word was nothing else.
    static func strippingNumbering(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var rest = word[...]
        var changed = true
        while changed {
            changed = false
            for indicatorWord in indicatorWords where rest.starts(with: indicatorWord) {
                rest = rest.dropFirst(indicatorWord.count)
                changed = true
            }
            let digits = rest.prefix { isDigit($0) || $0 == "." || $0 == ")" || $0 == ":" || $0 == "-" }
            if !digits.isEmpty, digits.contains(where: isDigit) {
                rest = rest.dropFirst(digits.count)
                changed = true
            }
        }
        return Array(rest)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ThaiCharacter.isDigit(scalar) }
}
