import Foundation

/// The ITA framework of one fiscal year, as the NACC (สำนักงาน ป.ป.ช.) set it: the tools and
/// their weights, the ten indicators, the level rule and the period measures are for. Read
/// from `Templates/frameworks/<year>.json`; every value carries its `SourceNote`.
public struct Framework: Sendable, Decodable {
    /// The fiscal year assessed (ปีงบประมาณ, พ.ศ.), e.g. 2568.
    public let fiscalYear: Int
    /// IIT, EIT and OIT, in the order of the template.
    public let tools: [ToolDefinition]
    /// By number.
    public let indicators: [IndicatorDefinition]
    public let levelRule: LevelRule
    public let measurePeriod: MeasurePeriod
    /// What a report of the year's result must hold.
    public let reportContents: ReportContents
    /// The assessment's questions and items (i1–i30, e1–e15, o1 …), in the order of the
    /// template; empty for a year whose items are not known.
    public var items: [ItemDefinition] { itemList.items }
    private let itemList: ItemList

    /// The key under which a decoder's user info holds the template's bytes, for the items to
    /// be read when first asked for.
    static let templateData = CodingUserInfoKey(rawValue: "ita.templateData")!

    /// Years a template may name: a typo such as 2658 or a Gregorian 2025 is refused.
    static let plausibleYears = 2540...2700
    /// The tools every framework since 2562 has: the overall score and the level rule are
    /// written for them. The old 2561 framework (IIT, EIT, EBIT, five indices) does not fit.
    static let toolCodes = ["IIT", "EIT", "OIT"]

    public func indicator(_ number: Int) -> IndicatorDefinition? {
        indicators.first { $0.number == number }
    }

    /// The indicator a report's name stands for: its canonical name or an alias, compared
    /// normalised (spaces, quotes, split SARA AM do not matter).
    public func indicator(named written: String) -> IndicatorDefinition? {
        indicators.first { $0.isNamed(written) }
    }

    /// The item of a code as a report writes it: "i7", "I7", "i 7", "O36"; nil when the year
    /// has no such item (or no items at all).
    public func item(_ code: String) -> ItemDefinition? {
        let key = ItemDefinition.key(of: code)
        // Item codes are stored lower case without spaces, as the key is made.
        return items.first { $0.code == key }
    }

    /// The items that count towards an indicator, in the order of the template.
    public func items(ofIndicator number: Int) -> [ItemDefinition] {
        items.filter { $0.indicator == number }
    }

    /// The tool that asks the item of a code as written ("I7" → IIT): its indicator's tool.
    public func tool(ofItem code: String) -> ToolDefinition? {
        item(code).flatMap { tool($0.tool) }
    }

    /// The tool of a code as written: "EIT", "eit", or an alias such as the seed's "IET".
    public func tool(_ code: String) -> ToolDefinition? {
        let key = NameKey.of(code)
        return tools.first { NameKey.of($0.code) == key }
            ?? tools.first { $0.codeAliases.contains { NameKey.of($0) == key } }
    }

    /// The overall score the tool scores give: weights × tool scores, unrounded (NACC
    /// publishes it to two decimals: `ScoreRounding.twoDecimals`).
    public func overallScore(iit: Double, eit: Double, oit: Double) -> Double {
        // The loader guarantees the three tools, so nothing is missing here.
        overallScore(toolScores: ["IIT": iit, "EIT": eit, "OIT": oit]) ?? .nan
    }

    /// The overall score with EIT given as its parts (from 2566, ส่วนที่ 1 and ส่วนที่ 2),
    /// combined as the template says; nil when the count of parts does not fit the year.
    public func overallScore(iit: Double, eitParts: [Double], oit: Double) -> Double? {
        guard let eit = tool("EIT")?.score(fromParts: eitParts) else { return nil }
        return overallScore(iit: iit, eit: eit, oit: oit)
    }

    /// Weights × scores for scores keyed by tool code; nil when a tool's score is missing.
    public func overallScore(toolScores: [String: Double]) -> Double? {
        var total = 0.0
        for tool in tools {
            guard let score = toolScores.first(where: { NameKey.of($0.key) == NameKey.of(tool.code) })?.value else { return nil }
            total += tool.weight * score
        }
        return total
    }

    /// Every note of the framework, to list or count what rests on hypotheses.
    public var sources: [SourceNote] {
        tools.flatMap(\.sources) + indicators.flatMap(\.sources) + levelRule.sources + [measurePeriod.source] + reportContents.sources
            + items.flatMap(\.sources)
    }

    private enum Key: String, CodingKey, CaseIterable {
        case fiscalYear, tools, indicators, levelRule, measuresForFiscalYear, reportContents, items
    }

    public init(from decoder: any Decoder) throws {
        try TemplateKeys.rejectUnknown(in: decoder, allowed: Key.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: Key.self)
        fiscalYear = try container.decode(Int.self, forKey: .fiscalYear)
        guard Self.plausibleYears.contains(fiscalYear) else {
            throw DecodingError.dataCorruptedError(
                forKey: .fiscalYear, in: container,
                debugDescription: "\(fiscalYear) is not a Buddhist Era fiscal year (such as 2568)")
        }
        tools = try container.decode([ToolDefinition].self, forKey: .tools)
        indicators = try container.decode([IndicatorDefinition].self, forKey: .indicators).sorted { $0.number < $1.number }
        var levelRule = try container.decode(LevelRule.self, forKey: .levelRule)
        levelRule.toolCodes = tools.map(\.code)
        self.levelRule = levelRule
        measurePeriod = try container.decode(MeasurePeriod.self, forKey: .measuresForFiscalYear)
        reportContents = try container.decode(ReportContents.self, forKey: .reportContents)
        itemList = ItemList(items: [])
        try checkTools(container)
        try checkIndicators(container)
        // Read when first asked for where the file is at hand (a report rarely names a question,
        // and 88 of them cost a run milliseconds); else now, and checked after the indicators,
        // whose tools give the items theirs. Optional: a year whose questions are not known
        // has none (2562–2565).
        if let data = decoder.userInfo[Self.templateData] as? Data {
            itemList.defer(data: data, indicators: indicators)
        } else {
            itemList.set(try checkedItems(container.decodeIfPresent([ItemDefinition].self, forKey: .items) ?? [], in: container))
        }
    }
}
