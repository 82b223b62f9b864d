import PDFText
import ThaiText

/// Decides what a U+FFFD glyph stands for from the glyphs drawn around it.
///
/// InDesign documents exported through Acrobat map the glyph variants of Thai fonts to U+FFFD:
/// - drawn with no width between a consonant and SARA AA, it is the NIKHAHIT of a split SARA AM
///   (`ประจ�าปี`): it becomes NIKHAHIT, and the normaliser joins it with the SARA AA;
/// - drawn right after SARA AM, it is the SARA AA half of that SARA AM, drawn as its own glyph:
///   the SARA AM takes its width;
/// - drawn with no width right after a mark, it trails a mark drawn twice (`หน่่�วย`).
/// Those two carry no text of their own and are dropped. Any other U+FFFD is kept: ita does not guess.
struct ReplacementGlyphRepair {
    var widthless: Double = 0.05

    func repair(_ glyphs: [Glyph]) -> [Glyph] {
        guard glyphs.contains(where: { $0.scalar == "\u{FFFD}" }) else { return glyphs }
        var result: [Glyph] = []
        result.reserveCapacity(glyphs.count)
        for (index, glyph) in glyphs.enumerated() {
            guard glyph.scalar == "\u{FFFD}" else {
                result.append(glyph)
                continue
            }
            let previous = index > 0 ? glyphs[index - 1].scalar : nil
            let next = index + 1 < glyphs.count ? glyphs[index + 1].scalar : nil
            let hasNoWidth = glyph.rect.width <= widthless * max(glyph.rect.height, 1)
            if previous == ThaiCharacter.saraAm, let last = result.indices.last {
                // The SARA AM takes the width of its drawn SARA AA half, leaving no gap.
                result[last].rect = result[last].rect.union(glyph.rect)
                continue
            }
            if hasNoWidth, let previous, ThaiCharacter.isCombiningMark(previous) { continue }
            if hasNoWidth, next == ThaiCharacter.saraAa, let previous, ThaiCharacter.isConsonant(previous) {
                result.append(Glyph(ThaiCharacter.nikhahit, glyph.rect))
                continue
            }
            result.append(glyph)
        }
        return result
    }
}
