/// One of the year's indicators (ตัวชี้วัด), e.g. 7 ประสิทธิภาพการสื่อสาร of EIT.
public struct IndicatorDefinition: Sendable, Decodable {
    public let number: Int
    /// The canonical Thai name.
    public let name: String
    public let nameSource: SourceNote
    /// The code of the tool that measures it.
    public let tool: String
    public let toolSource: SourceNote
    /// Other spellings reports use for it (การปรับปรุงกระบวนการทำงาน for 8), canonical
    /// form aside. Mere damage (ํ + า for ำ, spaces) needs no alias: names are compared
    /// normalised.
    public let aliases: [String]
    public let aliasesSource: SourceNote?

    /// Every note of this indicator.
    public var sources: [SourceNote] { [nameSource, toolSource] + [aliasesSource].compactMap { $0 } }

    /// Whether `written` (as a report writes it, number stripped) is this indicator's name
    /// or one of its aliases, once both are normalised.
    public func isNamed(_ written: String) -> Bool {
        let key = NameKey.of(written)
        return ([name] + aliases).contains { NameKey.of($0) == key }
    }

    private enum Key: String, CodingKey, CaseIterable { case number, name, tool, aliases }

    public init(from decoder: any Decoder) throws {
        try TemplateKeys.rejectUnknown(in: decoder, allowed: Key.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: Key.self)
        number = try container.decode(Int.self, forKey: .number)
        guard number > 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .number, in: container, debugDescription: "indicator numbers start at 1, found \(number)")
        }
        let name = try container.decode(Sourced<String>.self, forKey: .name)
        guard !NameKey.of(name.value).isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .name, in: container, debugDescription: "indicator \(number) has an empty name")
        }
        (self.name, nameSource) = (name.value, name.source)
        let tool = try container.decode(Sourced<String>.self, forKey: .tool)
        (self.tool, toolSource) = (tool.value, tool.source)
        let aliases = try container.decodeIfPresent(Sourced<[String]>.self, forKey: .aliases)
        (self.aliases, aliasesSource) = (aliases?.value ?? [], aliases?.source)
    }
}
