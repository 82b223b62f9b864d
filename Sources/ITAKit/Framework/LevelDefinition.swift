/// One level of a year's Rating Score (ระดับผลการประเมิน), e.g. AA, or ผ่านดี, with what a
/// report needs to get it.
public struct LevelDefinition: Sendable, Decodable {
    /// As agencies write it: AA, A, …, ผ่านดีเยี่ยม, ผ่านดี, ผ่าน.
    public let name: String
    public let nameSource: SourceNote
    /// The lowest overall score (two decimals) of this level.
    public let minimumTotal: Double
    public let minimumTotalSource: SourceNote
    /// The lowest score each tool must also reach, when the level asks that (from 2566:
    /// ผ่านดี is refused when EIT is under 85); nil when only the total counts.
    public let minimumEveryTool: Double?
    public let minimumEveryToolSource: SourceNote?
    /// Whether an agency at this level passes (the meaning to compare years by: AA and A
    /// before 2566, ผ่าน… from 2566, are the scores of 85 and over).
    public let passes: Bool
    public let passesSource: SourceNote

    /// Every note of this level.
    public var sources: [SourceNote] {
        [nameSource, minimumTotalSource, passesSource] + [minimumEveryToolSource].compactMap { $0 }
    }

    private enum Key: String, CodingKey, CaseIterable { case name, minimumTotal, minimumEveryTool, passes }

    public init(from decoder: any Decoder) throws {
        try TemplateKeys.rejectUnknown(in: decoder, allowed: Key.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: Key.self)
        let name = try container.decode(Sourced<String>.self, forKey: .name)
        guard !NameKey.of(name.value).isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .name, in: container, debugDescription: "a level has an empty name")
        }
        (self.name, nameSource) = (name.value, name.source)
        let total = try container.decode(Sourced<Double>.self, forKey: .minimumTotal)
        let tool = try container.decodeIfPresent(Sourced<Double>.self, forKey: .minimumEveryTool)
        for (key, value) in [(Key.minimumTotal, total.value), (.minimumEveryTool, tool?.value ?? 0)] where !(0...100).contains(value) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "\(self.name): \(Framework.formatted(value)) is not a score from 0 to 100")
        }
        (minimumTotal, minimumTotalSource) = (total.value, total.source)
        (minimumEveryTool, minimumEveryToolSource) = (tool?.value, tool?.source)
        let passes = try container.decode(Sourced<Bool>.self, forKey: .passes)
        (self.passes, passesSource) = (passes.value, passes.source)
    }
}
