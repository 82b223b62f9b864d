/// One question or item of the year's assessment: an IIT question (i1–i30), an EIT question
/// (e1–e15) or an OIT item (o1 …), with the indicator whose score it counts towards and its
/// wording, so that a report's "i7 ท่านทราบข้อมูล… | 86.50" can be recognised by meaning.
public struct ItemDefinition: Sendable, Decodable {
    /// The code as the NACC numbers it, in lower case: "i7", "e11", "o36".
    public let code: String
    /// The indicator (ตัวชี้วัด) the item counts towards, e.g. 2 for i7.
    public let indicator: Int
    /// The question or item as the assessment words it. Reports shorten or wrap it: compare
    /// loosely.
    public let wording: String
    public let wordingSource: SourceNote
    /// Other wordings reports use (another year's, a shortened title), wording aside.
    public let aliases: [String]
    public let aliasesSource: SourceNote?
    /// The code of the tool that asks it (IIT, EIT, OIT): its indicator's tool, filled in by
    /// `Framework` once the indicators are known, so that nothing states it twice.
    public internal(set) var tool: String = ""

    /// The letter the code starts with, for the tool whose items it numbers. Why a table: the
    /// NACC's own numbering (i for IIT, e for EIT, o for OIT) is what reports print.
    static let toolOfLetter: [Character: String] = ["i": "IIT", "e": "EIT", "o": "OIT"]

    /// "i" of "i7".
    public var letter: Character { code.first ?? " " }
    /// 7 of "i7".
    public var number: Int { Int(code.dropFirst()) ?? 0 }

    /// Every note of this item.
    public var sources: [SourceNote] { [wordingSource] + [aliasesSource].compactMap { $0 } }

    /// The form codes are compared in: "I 7", "i7" and "I7" are one code, as reports write it.
    /// Codes are ASCII: no Thai normalisation needed, which every lookup would pay for.
    static func key(of code: String) -> String { String(code.filter { !$0.isWhitespace }).lowercased() }

    private enum Key: String, CodingKey, CaseIterable { case code, indicator, wording, aliases }

    public init(from decoder: any Decoder) throws {
        try TemplateKeys.rejectUnknown(in: decoder, allowed: Key.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: Key.self)
        let written = try container.decode(String.self, forKey: .code)
        let code = String(written.filter { !$0.isWhitespace }).lowercased()
        guard let letter = code.first, Self.toolOfLetter[letter] != nil,
              code.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(code.dropFirst()), number > 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .code, in: container,
                debugDescription: "\"\(written)\" is not an item code: write i, e or o and the item's number, e.g. \"i7\", \"e11\", \"o36\"")
        }
        self.code = code
        indicator = try container.decode(Int.self, forKey: .indicator)
        let wording = try container.decode(Sourced<String>.self, forKey: .wording)
        // Only whether it has a letter: normalising 88 wordings cost every run a few milliseconds.
        guard wording.value.contains(where: { !$0.isWhitespace && !$0.isPunctuation }) else {
            throw DecodingError.dataCorruptedError(
                forKey: .wording, in: container, debugDescription: "item \(code) has an empty wording")
        }
        (self.wording, wordingSource) = (wording.value, wording.source)
        let aliases = try container.decodeIfPresent(Sourced<[String]>.self, forKey: .aliases)
        (self.aliases, aliasesSource) = (aliases?.value ?? [], aliases?.source)
    }
}
