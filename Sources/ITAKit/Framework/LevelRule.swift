/// How a year's overall score (and, from 2566, the tool scores) gives the level a report
/// states: the levels, best first, each with the scores it needs; the first whose conditions
/// hold is the level.
///
/// 2562–2565: AA–F by the total alone. 2566–2568: ผ่านดีเยี่ยม / ผ่านดี / ผ่าน with per-tool
/// conditions, a hypothesis that fits every known NACC result but that no NACC text states
/// (ita-framework.md §3); `isHypothesis` says so, and a validator should only warn on it.
public struct LevelRule: Sendable, Decodable {
    /// True when the template marks the rule `"status": "hypothesis"`. The loader insists on
    /// it whenever any value of the rule is a hypothesis.
    public let isHypothesis: Bool
    /// Where the rule as a whole comes from.
    public let source: SourceNote
    /// The score from which an agency passes (85); nil when unknown.
    public let passMark: Double?
    public let passMarkSource: SourceNote?
    /// Best first.
    public let levels: [LevelDefinition]
    /// Names reports may use under the pass mark when the year's own names there are not
    /// known (from 2566: ไม่ผ่าน? ต้องปรับปรุง?): they fail, but `level` does not pick one.
    public let namesBelowPassMark: [String]
    public let namesBelowPassMarkSource: SourceNote?
    /// The tools whose scores a per-tool condition looks at; the framework sets them.
    var toolCodes: [String] = ["IIT", "EIT", "OIT"]

    /// Every name a report of this year may state as its level, best first: the levels', then
    /// those under the pass mark.
    public var levelNames: [String] { levels.map(\.name) + namesBelowPassMark }

    /// Every note of the rule.
    public var sources: [SourceNote] {
        [source] + [passMarkSource, namesBelowPassMarkSource].compactMap { $0 } + levels.flatMap(\.sources)
    }

    /// The level this total and these tool scores (keyed IIT, EIT, OIT) get under the rule,
    /// e.g. "ผ่านดี" or "AA". Scores are compared as published, to two decimals.
    ///
    /// nil when the rule cannot say: a score outside 0…100, a total under every level (from
    /// 2566, under the pass mark, where the names are not known), or a per-tool condition that
    /// decides and a tool score that is missing.
    public func level(total: Double, toolScores: [String: Double]) -> String? {
        let total = ScoreRounding.twoDecimals(total)
        guard (0...100).contains(total) else { return nil }
        var scores: [String: Double] = [:]
        for (code, score) in toolScores { scores[code.uppercased()] = ScoreRounding.twoDecimals(score) }
        for level in levels where total >= level.minimumTotal {
            guard let minimum = level.minimumEveryTool else { return level.name }
            let given = toolCodes.compactMap { scores[$0] }
            // A tool under the minimum settles it even when another tool's score is missing.
            if given.contains(where: { $0 < minimum }) { continue }
            guard given.count == toolCodes.count else { return nil }
            return level.name
        }
        return nil
    }

    /// Whether a level name as a report writes it ("ผ่านดี", “AA”, "a") passes; nil when the
    /// name is not one of this year's.
    public func passes(_ level: String) -> Bool? {
        let key = NameKey.of(level)
        if let defined = levels.first(where: { NameKey.of($0.name) == key }) { return defined.passes }
        if namesBelowPassMark.contains(where: { NameKey.of($0) == key }) { return false }
        return nil
    }

    /// The definition of a level name as written; nil when it is not one of this year's.
    public func definition(of level: String) -> LevelDefinition? {
        let key = NameKey.of(level)
        return levels.first { NameKey.of($0.name) == key }
    }

    private enum Key: String, CodingKey, CaseIterable { case status, source, passMark, levels, namesBelowPassMark }

    public init(from decoder: any Decoder) throws {
        try TemplateKeys.rejectUnknown(in: decoder, allowed: Key.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: Key.self)
        source = try Sourced<Double>.note(in: container, sourceKey: .source, statusKey: .status)
        isHypothesis = source.isHypothesis
        let passMark = try container.decodeIfPresent(Sourced<Double>.self, forKey: .passMark)
        (self.passMark, passMarkSource) = (passMark?.value, passMark?.source)
        levels = try container.decode([LevelDefinition].self, forKey: .levels)
        let below = try container.decodeIfPresent(Sourced<[String]>.self, forKey: .namesBelowPassMark)
        (namesBelowPassMark, namesBelowPassMarkSource) = (below?.value ?? [], below?.source)
        try check(container)
    }

    /// What a hand edit can get wrong and nothing later would notice.
    private func check(_ container: KeyedDecodingContainer<Key>) throws {
        func fail(_ key: Key, _ problem: String) -> DecodingError {
            DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: problem)
        }
        guard !levels.isEmpty else { throw fail(.levels, "the rule has no levels") }
        var seen: Set<String> = []
        for name in levelNames {
            guard seen.insert(NameKey.of(name)).inserted else { throw fail(.levels, "the level name \"\(name)\" appears twice") }
        }
        for (better, worse) in zip(levels, levels.dropFirst()) where worse.minimumTotal > better.minimumTotal {
            throw fail(.levels, "the levels go best first, but \"\(worse.name)\" (from \(Framework.formatted(worse.minimumTotal))) comes after \"\(better.name)\" (from \(Framework.formatted(better.minimumTotal)))")
        }
        if let passMark {
            // The pass/fail meaning is what compares years; it must agree with the pass mark.
            for level in levels where level.passes != (level.minimumTotal >= passMark) {
                throw fail(.levels, "\"\(level.name)\" starts at \(Framework.formatted(level.minimumTotal)) and the pass mark is \(Framework.formatted(passMark)), so its \"passes\" must be \(!level.passes)")
            }
        } else if !namesBelowPassMark.isEmpty {
            throw fail(.namesBelowPassMark, "names below the pass mark need a \"passMark\"")
        }
        if levels.last!.minimumTotal > 0, namesBelowPassMarkSource == nil {
            throw fail(.levels, "scores under \(Framework.formatted(levels.last!.minimumTotal)) get no level: add a level from 0, or list \"namesBelowPassMark\" (an empty list, with its source, when none is known)")
        }
        if let guess = sources.first(where: \.isHypothesis), !isHypothesis {
            throw fail(.status, "a value of this rule is a hypothesis (\(guess.text)), so the rule is one too: add \"status\": \"hypothesis\" next to its source")
        }
    }
}
