import ThaiText

/// Damages correctly written Thai the way real PDF producers and extractors do, at random
/// but deterministically (seeded), and only in ways the normaliser is meant to undo.
struct SeedDamager {
    /// How many times each kind of damage was done.
    private(set) var counts: [String: Int] = [:]
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func damage(_ text: String) -> String {
        let original = Array(text.unicodeScalars)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(original.count * 2)
        var previousRunWasDoubled = false
        var index = 0
        while index < original.count {
            let scalar = original[index]
            if ThaiCharacter.isCombiningMark(scalar) {
                var end = index
                while end < original.count, ThaiCharacter.isCombiningMark(original[end]) { end += 1 }
                previousRunWasDoubled = damageMarks(Array(original[index..<end]), into: &output)
                index = end
                continue
            }
            if scalar == ThaiCharacter.saraAm {
                damageSaraAm(into: &output, previous: index > 0 ? original[index - 1] : nil,
                             beforePrevious: index > 1 ? original[index - 2] : nil,
                             previousRunWasDoubled: previousRunWasDoubled)
            } else if ThaiCharacter.isConsonant(scalar), let previous = original[..<index].last,
                      ThaiCharacter.isThai(previous), random.chance(0.03) {
                count("zero-width space inside a word")
                output.append(random.pick(["\u{200B}", "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}"]))
                output.append(scalar)
            } else {
                output.append(scalar)
            }
            previousRunWasDoubled = false
            index += 1
        }
        var damaged = ""
        damaged.unicodeScalars.append(contentsOf: output)
        return damaged
    }

    /// The marks of one letter: drawing order instead of typing order, PUA variants,
    /// a space before a mark, doubled marks, a doubled last mark trailed by U+FFFD.
    /// Returns whether a mark was doubled.
    private mutating func damageMarks(_ marks: [Unicode.Scalar], into output: inout [Unicode.Scalar]) -> Bool {
        var marks = marks
        var doubled = false
        if marks.count == 2, random.chance(0.3) {
            count("marks in drawing order")
            marks.reverse()
        }
        for (position, mark) in marks.enumerated() {
            if random.chance(0.12) {
                count("white space before a mark")
                output.append(contentsOf: random.pick([[" "], [" "], ["\u{00A0}"], [" ", " "], [" ", "\u{200B}"]] as [[Unicode.Scalar]]))
            }
            output.append(variant(of: mark))
            let isLast = position == marks.count - 1
            if random.chance(0.05) {
                count("doubled mark")
                output.append(variant(of: mark))
                doubled = true
            } else if isLast, random.chance(0.04) {
                count("doubled mark and U+FFFD")
                output.append(variant(of: mark))
                output.append("\u{FFFD}")
            }
        }
        return doubled
    }

    /// The mark itself or, half the time, one of its PUA glyph variants.
    private mutating func variant(of mark: Unicode.Scalar) -> Unicode.Scalar {
        guard random.chance(0.5) else { return mark }
        var choices: [UInt32] = []
        switch mark.value {
        case 0x0E34...0x0E37: choices = [0xF701 + mark.value - 0x0E34]
        case 0x0E48...0x0E4C:
            let offset = mark.value - 0x0E48
            choices = [0xF705 + offset, 0xF70A + offset, 0xF713 + offset]
        case 0x0E31: choices = [0xF710]
        case 0x0E4D: choices = [0xF711]
        case 0x0E47: choices = [0xF712]
        case 0x0E38...0x0E3A: choices = [0xF718 + mark.value - 0x0E38]
        default: return mark
        }
        count("PUA glyph variant")
        return Unicode.Scalar(random.pick(choices))!
    }

    private mutating func damageSaraAm(into output: inout [Unicode.Scalar], previous: Unicode.Scalar?,
                                       beforePrevious: Unicode.Scalar?, previousRunWasDoubled: Bool) {
        let afterConsonant = previous.map(ThaiCharacter.isConsonant) ?? false
        let afterTone = previous.map(ThaiCharacter.isToneMark) ?? false
            && (beforePrevious.map(ThaiCharacter.isConsonant) ?? false)
        let nikhahit: Unicode.Scalar = random.chance(0.3) ? "\u{F711}" : "\u{0E4D}"
        if afterTone, let last = output.last, Self.isToneMarkOrVariant(last) {
            // Rare in the seed (สม่ำเสมอ), so always done there: PDFMaker's drawing order.
            count("SARA AM split, NIKHAHIT before the tone mark")
            output.insert(nikhahit, at: output.count - 1)
            output.append("\u{0E32}")
            return
        }
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1:
            count("SARA AM split into NIKHAHIT + SARA AA")
            output.append(contentsOf: [nikhahit, "\u{0E32}"])
        case 3:
            count("SARA AM split with a space")
            output.append(contentsOf: [nikhahit, " ", "\u{0E32}"])
        case 4:
            count("SARA AM + SARA AA (pdfminer)")
            output.append(contentsOf: ["\u{0E33}", "\u{0E32}"])
        case 5:
            count("doubled SARA AM and U+FFFD (InDesign)")
            output.append(contentsOf: ["\u{0E33}", "\u{0E33}", "\u{FFFD}"])
        case 6 where afterConsonant && !previousRunWasDoubled:
            count("U+FFFD for NIKHAHIT (InDesign)")
            output.append(contentsOf: ["\u{FFFD}", "\u{0E32}"])
        case 7:
            count("SARA AM, U+FFFD, SARA AA (InDesign)")
            output.append(contentsOf: ["\u{0E33}", "\u{FFFD}", "\u{0E32}"])
        default:
            output.append("\u{0E33}")
        }
    }

    private static func isToneMarkOrVariant(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E48...0x0E4B, 0xF705...0xF708, 0xF70A...0xF70D, 0xF713...0xF716: return true
        default: return false
        }
    }

    private mutating func count(_ kind: String) {
        counts[kind, default: 0] += 1
    }
}
