import ThaiText

/// A level name as OCR read it, put back to the level it stands for: tesseract slips on the
/// marks above and below a Thai letter far more than on the letters (`ผ่านิด`, `ผานัด` for
/// ผ่านดี; `ผ่านดิเยี่ยม` for ผ่านดีเยี่ยม), so a mark differs at a third of a letter's cost.
/// Only a name nearer one level than every other by a letter's worth is taken: `ผ่านดี` and
/// `ผ่าน` are both levels, and a reading between them is left as read.
struct LevelSpelling: Sendable {
    var settings: ResultsListSettings

    /// The level of `names` that `text` stands for, or nil when none is near enough, or two are.
    func level(_ text: String, among names: [String]) -> String? {
        let key = NameKey.of(text)
        let read = Array(key.unicodeScalars)
        guard !read.isEmpty else { return nil }
        if let exact = names.first(where: { NameKey.of($0) == key }) { return exact }
        let ranked = Set(names).map { ($0, distance(read, Array(NameKey.of($0).unicodeScalars))) }.sorted { $0.1 < $1.1 }
        guard let best = ranked.first, best.1 <= settings.levelSpellingTolerance else { return nil }
        if ranked.count > 1, ranked[1].1 - best.1 < settings.levelSpellingMargin { return nil }
        return best.0
    }

    /// Edit distance with a mark (a vowel above or below, a tone mark) costing `markEditCost`.
    func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
        func cost(_ s: Unicode.Scalar) -> Double { ThaiCharacter.isCombiningMark(s) ? settings.markEditCost : 1 }
        var previous = [0.0]
        for scalar in b { previous.append(previous.last! + cost(scalar)) }
        for x in a {
            var row = [previous[0] + cost(x)]
            for (j, y) in b.enumerated() {
                let substitute = previous[j] + (x == y ? 0 : max(cost(x), cost(y)))
                row.append(min(substitute, previous[j + 1] + cost(x), row[j] + cost(y)))
            }
            previous = row
        }
        return previous.last!
    }
}
