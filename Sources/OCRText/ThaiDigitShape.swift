import Foundation

/// A mark's ink cut to its box and averaged down to a 16 x 16 grid, with its box's width over
/// its height: what a digit is told by (`ThaiDigitReader`). Scripts/make-thai-digit-templates.py
/// makes the fonts' shapes the same way.
struct ThaiDigitShape: Sendable {
    static let size = 16
    /// Ink share of each block, 0–1, row by row.
    var values: [Double]
    var aspect: Double

    /// `ink`: the mark's pixels, `width` × `height`, true where there is ink.
    init(ink: [Bool], width: Int, height: Int) {
        let size = Self.size
        var values = [Double](repeating: 0, count: size * size)
        for i in 0..<size {
            let r0 = i * height / size, r1 = max(r0 + 1, (i + 1) * height / size)
            for j in 0..<size {
                let c0 = j * width / size, c1 = max(c0 + 1, (j + 1) * width / size)
                var total = 0
                for r in r0..<r1 { for c in c0..<c1 where ink[r * width + c] { total += 1 } }
                values[i * size + j] = Double(total) / Double((r1 - r0) * (c1 - c0))
            }
        }
        self.values = values
        aspect = Double(width) / Double(height)
    }

    init(values: [Double], aspect: Double) {
        self.values = values
        self.aspect = aspect
    }

    /// How far apart two shapes are: the ink that differs, block by block (0 to 256), and
    /// `aspectWeight` for each e-fold of difference in their boxes' proportions.
    func distance(to other: ThaiDigitShape, aspectWeight: Double) -> Double {
        var sum = 0.0
        for index in values.indices { sum += abs(values[index] - other.values[index]) }
        return sum + aspectWeight * abs(log(aspect / other.aspect))
    }

    /// The ten digits in the fonts of `templateData`.
    static let templates: [(digit: Character, shape: ThaiDigitShape)] = templateData.map { digit, aspect, hex in
        (digit, ThaiDigitShape(values: hex.map { Double($0.hexDigitValue ?? 0) / 15 }, aspect: aspect))
    }
}
