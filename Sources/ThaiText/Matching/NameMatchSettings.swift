/// How close a name as written must be to a candidate to count as it.
///
/// Similarity is 1 − (edit distance ÷ length of the longer name), over Unicode scalars after
/// `ComparableName` has normalised both. The defaults were set on the ITA indicator names:
/// the report variants of the seed score 0.88–0.92 against their canonical names (one
/// inserted or replaced word: "การปรับปรุงกระบวนการทำงาน" for "การปรับปรุงระบบการทำงาน"
/// is 0.88), while no two of the ten canonical names score above 0.64 against each other
/// (the closest: การแก้ไขปัญหาการทุจริต and การป้องกันการทุจริต, 0.636).
public struct NameMatchSettings: Sendable, Equatable {
    /// Below this, a name matches nothing. Between the variants (≥ 0.88) and unrelated names
    /// (≤ 0.64), with room for one more typo in a variant.
    public var minimumSimilarity: Double
    /// A candidate found as a run of whole words inside a longer name ("3.1 จุดแข็ง จำนวน 9
    /// ตัวชี้วัด คือ 1. การปฏิบัติหน้าที่") scores its similarity times this: a name that is
    /// the candidate outright ranks above one that merely contains it.
    public var containedNameWeight: Double
    /// When the second-best candidate comes this close to the best, the name is ambiguous (a
    /// list of two names, a fragment common to several) and matches nothing.
    public var minimumMargin: Double
    /// The longest run of words tried against a candidate inside a longer name.
    public var maximumWordsInRun: Int

    public init(minimumSimilarity: Double = 0.75, containedNameWeight: Double = 0.95,
                minimumMargin: Double = 0.05, maximumWordsInRun: Int = 3) {
        self.minimumSimilarity = minimumSimilarity
        self.containedNameWeight = containedNameWeight
        self.minimumMargin = minimumMargin
        self.maximumWordsInRun = maximumWordsInRun
    }
}
