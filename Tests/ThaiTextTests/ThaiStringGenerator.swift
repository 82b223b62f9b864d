/// Generates strings for the property tests from a seeded `SplitMix64`.
struct ThaiStringGenerator {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    // MARK: Damaged text: anything goes

    private static let consonants = (0x0E01...0x0E2E).map { Unicode.Scalar($0)! }
    private static let spacingVowels: [Unicode.Scalar] = ["\u{0E30}", "\u{0E32}", "\u{0E33}", "\u{0E40}", "\u{0E41}", "\u{0E42}", "\u{0E43}", "\u{0E44}", "\u{0E45}", "\u{0E46}", "\u{0E2F}"]
    private static let marks = ([0x0E31] + Array(0x0E34...0x0E3A) + Array(0x0E47...0x0E4E)).map { Unicode.Scalar($0)! }
    private static let puaVariants = (0xF700...0xF71A).map { Unicode.Scalar($0)! } + ["\u{F71B}", "\u{E000}"]
    private static let digits: [Unicode.Scalar] = ["0", "5", "9", "\u{0E50}", "\u{0E51}", "\u{0E56}", "\u{0E59}"]
    private static let latin: [Unicode.Scalar] = ["A", "I", "T", "e", "z", ".", "/", "(", "-"]
    private static let gaps: [Unicode.Scalar] = [" ", " ", "\u{00A0}", "\t", "\n", "\r", "\u{2009}"]
    private static let invisibles: [Unicode.Scalar] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{FEFF}"]
    private static let pieces: [Unicode.Scalar] = ["\u{0E4D}", "\u{0E32}", "\u{0E33}", "\u{FFFD}", "\u{FFFD}"]
    private static let foreignMarks: [Unicode.Scalar] = ["\u{0301}", "\u{0334}", "\u{0327}"]

    /// A string of up to `maximumLength` scalars mixing everything the normaliser repairs or
    /// must leave alone; scalars are often repeated, to make doubles.
    mutating func damagedString(maximumLength: Int = 40) -> String {
        var scalars: [Unicode.Scalar] = []
        let length = Int.random(in: 0...maximumLength, using: &random)
        while scalars.count < length {
            if let last = scalars.last, random.chance(0.12) {
                scalars.append(last)
                continue
            }
            let roll = Int.random(in: 0..<100, using: &random)
            switch roll {
            case 0..<26: scalars.append(random.pick(Self.consonants))
            case 26..<46: scalars.append(random.pick(Self.marks))
            case 46..<54: scalars.append(random.pick(Self.spacingVowels))
            case 54..<62: scalars.append(random.pick(Self.pieces))
            case 62..<70: scalars.append(random.pick(Self.puaVariants))
            case 70..<78: scalars.append(random.pick(Self.gaps))
            case 78..<84: scalars.append(random.pick(Self.invisibles))
            case 84..<90: scalars.append(random.pick(Self.digits))
            case 90..<97: scalars.append(random.pick(Self.latin))
            default: scalars.append(random.pick(Self.foreignMarks))
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    // MARK: Correct text

    private static let upperOrLowerVowels: [Unicode.Scalar] = ["\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E36}", "\u{0E37}", "\u{0E38}", "\u{0E39}"]
    private static let toneMarks: [Unicode.Scalar] = ["\u{0E48}", "\u{0E49}", "\u{0E4A}", "\u{0E4B}"]
    private static let leadingVowels: [Unicode.Scalar] = ["\u{0E40}", "\u{0E41}", "\u{0E42}", "\u{0E43}", "\u{0E44}"]
    private static let separators = [" ", " ", "", "", "", "\n", "\t", " 2568 ", " ๑๖/๒๕๖๘ ", " ITA ", ", "]

    /// Correctly written Thai: syllables of an optional leading vowel, a consonant, at most
    /// one vowel above or below, at most one tone mark or THANTHAKHAT (in that order), and an
    /// optional SARA AA, SARA A or SARA AM, with separators between words.
    mutating func correctString(words: Int = 8) -> String {
        var text = ""
        for word in 0..<words {
            if word > 0 { text += random.pick(Self.separators) }
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                text.unicodeScalars.append(contentsOf: syllable())
            }
        }
        return text
    }

    private mutating func syllable() -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        if random.chance(0.2) { scalars.append(random.pick(Self.leadingVowels)) }
        scalars.append(random.pick(Self.consonants))
        let hasVowelMark = random.chance(0.4)
        if hasVowelMark { scalars.append(random.pick(Self.upperOrLowerVowels)) }
        if random.chance(0.35) { scalars.append(random.pick(Self.toneMarks)) } else if random.chance(0.05) { scalars.append("\u{0E4C}") }
        if !hasVowelMark, random.chance(0.3) { scalars.append(random.pick(["\u{0E32}", "\u{0E30}", "\u{0E33}"])) }
        return scalars
    }
}
