/// Drops the byte order marks (U+FEFF) a text starts with.
///
/// Why: files saved by Windows editors and some converters start with a BOM, which is not
/// text; left in place it would stick to the first word.
struct LeadingByteOrderMarkRemoval: ScalarRepair {
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let start = scalars.firstIndex(where: { $0.value != 0xFEFF }) else { return [] }
        return start == 0 ? scalars : Array(scalars[start...])
    }
}
