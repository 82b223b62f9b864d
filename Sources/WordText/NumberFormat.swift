/// A list's count written as Word writes it in each number format (`w:numFmt`). A format ita
/// does not know is written in decimal, as Word itself falls back to.
enum NumberFormat {
    /// The Thai consonants Word counts with in `thaiLetters`: ฃ and ฅ, no longer written, are left out.
    static let thaiLetters = Array("กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ").map(String.init)
    static let thaiDigits = Array("๐๑๒๓๔๕๖๗๘๙")

    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "decimal": return String(value)
        case "decimalZero": return value >= 0 && value < 10 ? "0\(value)" : String(value)
        case "thaiNumbers": return thaiNumerals(value)
        case "thaiLetters": return repeatedLetter(value, from: thaiLetters)
        case "thaiCounting": return ThaiNumberWords.words(value) ?? String(value)
        case "lowerLetter": return repeatedLetter(value, from: latinLetters)
        case "upperLetter": return repeatedLetter(value, from: latinLetters).uppercased()
        case "lowerRoman": return roman(value)?.lowercased() ?? String(value)
        case "upperRoman": return roman(value) ?? String(value)
        case "none": return ""
        default: return String(value)
        }
    }

    static let latinLetters = Array("abcdefghijklmnopqrstuvwxyz").map(String.init)

    static func thaiNumerals(_ value: Int) -> String {
        String(String(value).map { character -> Character in
            guard let digit = character.wholeNumberValue else { return character }
            return thaiDigits[digit]
        })
    }

    /// a … z, then aa … zz, as Word counts letters (and Thai letters the same way).
    static func repeatedLetter(_ value: Int, from letters: [String]) -> String {
        guard value > 0 else { return String(value) }
        // Word writes no more than a few letters; a count this high is a damaged file's.
        let times = min((value - 1) / letters.count + 1, 8)
        return String(repeating: letters[(value - 1) % letters.count], count: times)
    }

    static func roman(_ value: Int) -> String? {
        guard value > 0, value < 4000 else { return nil }
        let numerals: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var text = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                text += numeral
                rest -= amount
            }
        }
        return text
    }
}
