/// Writes SARA E typed twice before a consonant (`เเละ`, `คะเเนน`) as the SARA AE it stands
/// for (`และ`, `คะแนน`).
///
/// Why: on many keyboards and in many offices SARA AE is typed as two SARA E, which looks the
/// same on screen; agencies' own web pages and announcements are full of it. Thai never
/// writes two leading vowels in a row, so the pair is always this, and left as it is no word
/// list (`คะแนน`, `และ`, `แห่ง`) matches the words that carry it.
struct DoubledSaraERepair: ScalarRepair {
    static let saraE: Unicode.Scalar = "\u{0E40}"
    static let saraAe: Unicode.Scalar = "\u{0E41}"

    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Most text has no doubled SARA E: returned as it is, with nothing copied.
        guard scalars.count > 2,
              scalars.indices.dropLast().contains(where: { scalars[$0] == Self.saraE && scalars[$0 + 1] == Self.saraE })
        else { return scalars }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if scalars[index] == Self.saraE, index + 2 < scalars.count, scalars[index + 1] == Self.saraE,
               Self.isConsonant(scalars[index + 2]) {
                result.append(Self.saraAe)
                index += 2
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return result
    }

    private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E01...0x0E2E).contains(scalar.value)
    }
}
