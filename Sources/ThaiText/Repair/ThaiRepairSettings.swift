/// The tolerances of `ThaiRepairer`, each with its default and why.
public struct ThaiRepairSettings: Sendable, Equatable {
    /// How near (in characters) an edit of a kind that leaves unknown characters must be to
    /// a character no dictionary word covers. 2: a displaced mark sits one character after
    /// the unknown stretch it makes, a dropped mark at most two (`เพือ` reads เพ + unknown ือ).
    public var unknownReach = 2
    /// At most this many edits in one span: enough for a line of PowerPoint text whose every
    /// SARA AA became SARA AM; a bound on the time a long line of names can cost.
    public var maximumEditsPerSpan = 24
    /// Spans longer than this many characters are left as they are: a real span (Thai runs
    /// joined by single spaces) is a line at most; longer is not prose the repair can judge,
    /// and each edit costs a segmentation of its run.
    public var maximumSpanLength = 1_000
    /// The kinds of damage repaired.
    public var kinds: Set<ThaiDamageKind> = Set(ThaiDamageKind.allCases)

    public init() {}
}
