/// The tolerances of the validator, named, with their defaults.
public struct ValidationSettings: Sendable, Equatable {
    /// A score written to two decimals equals a computed one within this much, plus what the
    /// rounding of its inputs can add. Default 0.005 (half of the last written digit).
    public var scoreTolerance = 0.005
    /// What makes a text a short text (kind C), whose missing report parts are notes.
    public var shortText = ShortText()

    public init() {}
}
