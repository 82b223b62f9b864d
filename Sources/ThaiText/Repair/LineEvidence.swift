/// What each line of a text shows of its font: a font that loses SARA AM, or writes it as
/// MAI THO + SARA AA, writes no SARA AM at all. So a line that holds a SARA AM rules out
/// those two kinds of damage, and their candidates, most of the repair's work on a clean
/// report, are not tried there. (Not the reverse for PowerPoint's SARA AM for SARA AA: copies
/// on the web mix both in a line.) Read afresh each round of the repair, from the text as it
/// then stands; a pass keeps the line ends, so a line's number stays the same within a round.
struct LineEvidence {
    private let ruledOutByLine: [Set<ThaiDamageKind>]

    init(_ scalars: [Unicode.Scalar]) {
        var lines: [Set<ThaiDamageKind>] = []
        var current: Set<ThaiDamageKind> = []
        for scalar in scalars {
            if scalar == "\n" {
                lines.append(current)
                current = []
            } else if scalar == ThaiCharacter.saraAm {
                current = [.lostSaraAm, .maiThoForSaraAm]
            }
        }
        lines.append(current)
        ruledOutByLine = lines
    }

    /// The kinds of damage that line `line` (counted from 0) rules out.
    func ruledOut(onLine line: Int) -> Set<ThaiDamageKind> {
        ruledOutByLine[min(line, ruledOutByLine.count - 1)]
    }
}
