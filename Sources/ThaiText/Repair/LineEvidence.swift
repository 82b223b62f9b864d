/// What each line of a text shows of its font: a font that loses SARA AM, or writes it as
/// MAI THO + SARA AA, writes no SARA AM at all. So a line that holds a SARA AM as given rules
/// out those two kinds of damage, and their candidates, most of the repair's work on a clean
/// report, are not tried there. (Not the reverse for PowerPoint's SARA AM for SARA AA: copies
/// on the web mix both in a line.)
struct LineEvidence {
    private let ruledOutByLine: [Set<ThaiDamageKind>]

    /// Read from the text as given, before any repair wrote a SARA AM into it.
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

    /// Where each line of `scalars`, a repair of the text given (which keeps its line ends),
    /// begins: for `ruledOut(at:in:)`.
    static func lineStarts(in scalars: [Unicode.Scalar]) -> [Int] {
        [0] + scalars.indices.filter { scalars[$0] == "\n" }.map { $0 + 1 }
    }

    /// The kinds of damage ruled out at `index` by the line it stands on.
    func ruledOut(at index: Int, lineStarts: [Int]) -> Set<ThaiDamageKind> {
        var low = 0, high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle }
        }
        return ruledOutByLine[min(low, ruledOutByLine.count - 1)]
    }
}
