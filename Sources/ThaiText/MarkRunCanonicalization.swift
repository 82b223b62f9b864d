/// Puts each run of combining marks (the marks on one letter) into canonical Thai order and
/// removes repeated copies of the same mark (`ส่่` → `ส่`, `ปีี` → `ปี`, and a tone mark
/// typed before the upper vowel, `ก ่ ิ` → `ก ิ ่`).
///
/// Why: mapped PUA glyphs come out in drawing order, not typing order (tone mark before the
/// vowel, NIKHAHIT before the tone mark); pdfminer/pdfplumber and InDesign exports repeat a
/// mark that was drawn twice. A letter never carries the same mark twice, so only one copy
/// is kept (the first); different marks are never removed.
///
/// The order is `ThaiCharacter.canonicalMarkOrder`: vowel above or below, then tone mark or
/// THANTHAKHAT, then NIKHAHIT. It agrees with the canonical combining classes that NFC
/// sorts by (SARA U/UU 103 and PHINTHU 9 before the tone marks' 107), so NFC afterwards
/// does not undo it.
struct MarkRunCanonicalization: ScalarRepair {
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            guard ThaiCharacter.isCombiningMark(scalars[index]) else {
                result.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, ThaiCharacter.isCombiningMark(scalars[end]) { end += 1 }
            let run = scalars[index..<end]
            if Self.isCanonical(run) {
                result.append(contentsOf: run)
            } else {
                result.append(contentsOf: ThaiCharacter.canonicalMarkOrder(Self.withoutRepeats(run)))
            }
            index = end
        }
        return result
    }

    /// True when the run has no repeated mark and is already in canonical order: the
    /// common case, checked without allocating.
    private static func isCanonical(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        guard run.count > 1 else { return true }
        var previousOrder = -1
        for (offset, mark) in zip(run.indices, run) {
            let order = ThaiCharacter.markOrder(mark) ?? 3
            if order < previousOrder { return false }
            if run[run.startIndex..<offset].contains(mark) { return false }
            previousOrder = order
        }
        return true
    }

    private static func withoutRepeats(_ run: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        for mark in run where !kept.contains(mark) { kept.append(mark) }
        return kept
    }
}
