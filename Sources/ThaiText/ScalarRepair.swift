/// One repair step of `ThaiNormalizer`: it takes the Unicode scalars of a text and returns
/// them repaired. Every step is a single left-to-right pass (linear time) and leaves alone
/// anything its rule does not name.
protocol ScalarRepair: Sendable {
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar]
}
