/// Splits Thai text into `DateToken`s.
///
/// Thai is written without spaces between words, so the words that matter (month names,
/// ถึง, ปีงบประมาณ) are looked for at every position, not between spaces: "เดือนตุลาคม"
/// and "ตลอดปีงบประมาณ" must be found.
struct DateTokenizer: Sendable {
    /// Words that are neither a date nor a break in one: "วันที่ 1 ตุลาคม", "ถึงเดือนกันยายน".
    private static let fillers = ["วันที่", "เดือน"]

    /// Every word looked for, longest first so that จนถึง wins over ถึง and ปีงบประมาณ over ปีงบ.
    private static let words: [(scalars: [Unicode.Scalar], kind: DateToken.Kind?)] = {
        var words: [(String, DateToken.Kind?)] = ThaiMonthName.fullNames.map { ($0.spelling, .month($0.month)) }
        words += [
            ("พุทธศักราช", .era(.buddhist)),
            ("คริสต์ศักราช", .era(.christian)),
            ("ปีงบประมาณ", .fiscalYear),
            ("ปีงบ", .fiscalYear),
            ("จนถึง", .until),
            ("ถึง", .until),
            ("ตั้งแต่", .since),
            ("ภายใน", .within),
        ]
        words += fillers.map { ($0, nil) }
        return words
            .map { (Array($0.0.unicodeScalars), $0.1) }
            .sorted { $0.0.count > $1.0.count }
    }()

    private static let abbreviations: [(ThaiAbbreviation, DateToken.Kind)] =
        ThaiMonthName.abbreviations.map { (ThaiAbbreviation(parts: $0.parts), .month($0.month)) } + [
            (ThaiAbbreviation(parts: ["พ", "ศ"]), .era(.buddhist)),
            (ThaiAbbreviation(parts: ["ค", "ศ"]), .era(.christian)),
        ]

    /// More digits than this cannot be a day or a year; their value is not computed.
    private static let maximumDigits = 6

    func tokens(in scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if Self.isWhiteSpace(scalar) {
                position += 1
            } else if DateDigit.isDigit(scalar) {
                position = readNumber(in: scalars, at: position, into: &tokens)
            } else if Self.isDash(scalar) {
                tokens.append(DateToken(kind: .dash, range: position..<position + 1))
                position += 1
            } else if let (end, kind) = matchWord(in: scalars, at: position) {
                if let kind { tokens.append(DateToken(kind: kind, range: position..<end)) }
                position = end
            } else {
                // Anything else is `.other`; a run of it is one token.
                if let last = tokens.last, last.kind == .other, last.range.upperBound == position {
                    tokens[tokens.count - 1] = DateToken(kind: .other, range: last.range.lowerBound..<position + 1)
                } else {
                    tokens.append(DateToken(kind: .other, range: position..<position + 1))
                }
                position += 1
            }
        }
        return tokens
    }

    /// A run of digits is a number; digits joined by dots or colons (13.30, 97.28, 4.1.3)
    /// are a time, a score or a section number, never a day or a year, so they are `.other`.
    private func readNumber(in scalars: [Unicode.Scalar], at start: Int, into tokens: inout [DateToken]) -> Int {
        var position = start
        var value = 0
        while position < scalars.count, let digit = DateDigit.value(of: scalars[position]) {
            if position - start < Self.maximumDigits { value = value * 10 + digit }
            position += 1
        }
        let digits = position - start
        if position + 1 < scalars.count, scalars[position] == "." || scalars[position] == ":",
           DateDigit.isDigit(scalars[position + 1]) {
            while position < scalars.count,
                  DateDigit.isDigit(scalars[position]) || scalars[position] == "." || scalars[position] == ":" {
                position += 1
            }
            tokens.append(DateToken(kind: .other, range: start..<position))
        } else {
            let kind = DateToken.Kind.number(value: digits <= Self.maximumDigits ? value : nil, digits: digits)
            tokens.append(DateToken(kind: kind, range: start..<position))
        }
        return position
    }

    /// The word at `start`: its end and its token (nil for a filler).
    private func matchWord(in scalars: [Unicode.Scalar], at start: Int) -> (Int, DateToken.Kind?)? {
        guard ThaiAbbreviation.isThaiLetter(scalars[start]) else { return nil }
        for (abbreviation, kind) in Self.abbreviations {
            if let end = abbreviation.match(in: scalars, at: start) { return (end, kind) }
        }
        for word in Self.words where Self.hasPrefix(word.scalars, in: scalars, at: start) {
            return (start + word.scalars.count, word.kind)
        }
        return nil
    }

    private static func hasPrefix(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + word.count <= scalars.count else { return false }
        for offset in 0..<word.count where scalars[start + offset] != word[offset] {
            return false
        }
        return true
    }

    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        ThaiCharacter.isWhitespace(scalar) || scalar == "\u{200B}"
    }

    /// Hyphen-minus, the Unicode hyphens and dashes, and the minus sign: all are typed
    /// between the two ends of a period.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return true
        default: return false
        }
    }
}
