/// Rebuilds SARA AM (U+0E33) from its pieces and removes its doubles:
///
/// - NIKHAHIT + SARA AA → SARA AM (`ก ํ า` → `กำ`), also with a tone mark between them
///   (`ก ่ ํ า`; `ก ํ ่ า` arrives here already reordered to that by
///   `MarkRunCanonicalization`) and with white space between them (`ทํ า`).
///   Why: Word with TH SarabunPSK/IT๙ draws SARA AM as two glyphs, and the PDF's text layer
///   says NIKHAHIT, SARA AA; poppler may add a space between the two.
/// - SARA AA + NIKHAHIT → SARA AM (`สาํหรับ` → `สำหรับ`): the same two pieces in the order
///   `pdftotext` reads them from InDesign exports. A NIKHAHIT cannot sit on SARA AA.
/// - U+FFFD between a consonant (optionally with its tone mark) and SARA AA is the
///   NIKHAHIT: `ประจ�าปี` → `ประจำปี`. The same between a SARA AM and a SARA AA is the
///   NIKHAHIT of a doubled SARA AM: `สำ�าน` → `สำน`. Before a NIKHAHIT + SARA AA it stands
///   for nothing and is dropped (`ส�ํานักงาน` → `สำนักงาน`, seen in Royal Gazette texts), and
///   so it is before a whole SARA AM, or after one before a space (`ส�ำหรับ`, `สำ� นัก`:
///   flipbook copies of InDesign exports).
///   Why: InDesign exports through Acrobat have no Unicode mapping for the NIKHAHIT glyph.
/// - SARA AM followed by SARA AA or by another SARA AM → one SARA AM (`การนำาผล` → `การนำผล`).
///   Why: pdfminer/pdfplumber write a SARA AM drawn as two glyphs as SARA AM + SARA AA, and
///   InDesign exports draw SARA AM twice. No Thai word has SARA AM followed by SARA AA.
///   Doubled spacing letters in general (`กก`, `าา`) are left alone.
///
/// One pass that looks back at what it has already written, so that a repair can feed the
/// next one (`ำ�า` becomes `ำำ` becomes `ำ`) and the result is stable.
struct SaraAmRepair: ScalarRepair {
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case ThaiCharacter.saraAa:
                if Self.removeTrailingNikhahit(from: &result) || result.last == ThaiCharacter.saraAm {
                    appendSaraAm(to: &result)
                } else {
                    result.append(scalar)
                }
            case ThaiCharacter.saraAm:
                appendSaraAm(to: &result)
            case ThaiCharacter.nikhahit where result.last == ThaiCharacter.saraAa:
                result.removeLast()
                appendSaraAm(to: &result)
            case ReplacementCharacter.scalar:
                let nextIsSaraAa = index + 1 < scalars.count && scalars[index + 1] == ThaiCharacter.saraAa
                let nextIsSplitSaraAm = index + 2 < scalars.count && scalars[index + 1] == ThaiCharacter.nikhahit
                    && scalars[index + 2] == ThaiCharacter.saraAa
                let nextIsSaraAm = index + 1 < scalars.count && scalars[index + 1] == ThaiCharacter.saraAm
                if nextIsSaraAa, Self.canTakeSaraAm(result) {
                    result.append(ThaiCharacter.nikhahit)
                } else if nextIsSplitSaraAm || nextIsSaraAm, Self.canTakeSaraAm(result) {
                    // The NIKHAHIT is there after all: the U+FFFD stood for nothing.
                    continue
                } else if result.last == ThaiCharacter.saraAm, index + 1 < scalars.count,
                          GapCharacter.isSpace(scalars[index + 1]) {
                    // Drawn after a whole SARA AM and before the space a flipbook copy leaves
                    // (`สำ� นกั`): the NIKHAHIT glyph again, with no mapping. (Before a letter,
                    // `สำ�นัก` in pdftotext -raw, it may stand for a lost one, and stays.)
                    continue
                } else {
                    result.append(scalar)
                }
            default:
                result.append(scalar)
            }
        }
        return result
    }

    /// Appends SARA AM unless the text already ends with one (a doubled SARA AM).
    private func appendSaraAm(to result: inout [Unicode.Scalar]) {
        if result.last != ThaiCharacter.saraAm { result.append(ThaiCharacter.saraAm) }
    }

    /// If `result` ends with NIKHAHIT, possibly followed by spaces, removes both and
    /// returns true: the SARA AA that comes next completes a SARA AM. (Not across a tab or
    /// line break, which separate cells and lines.)
    private static func removeTrailingNikhahit(from result: inout [Unicode.Scalar]) -> Bool {
        var index = result.count - 1
        while index >= 0, GapCharacter.isSpace(result[index]) || GapCharacter.isInvisible(result[index]) {
            index -= 1
        }
        guard index >= 0, result[index] == ThaiCharacter.nikhahit else { return false }
        result.removeSubrange(index...)
        return true
    }

    /// True when the text written so far ends where a SARA AM can follow: a consonant, a
    /// consonant with a tone mark, or a SARA AM (then the new one is its double).
    private static func canTakeSaraAm(_ result: [Unicode.Scalar]) -> Bool {
        guard let last = result.last else { return false }
        if ThaiCharacter.isConsonant(last) || last == ThaiCharacter.saraAm { return true }
        return ThaiCharacter.isToneMark(last) && result.count >= 2
            && ThaiCharacter.isConsonant(result[result.count - 2])
    }
}
