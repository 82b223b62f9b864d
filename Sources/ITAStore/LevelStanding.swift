import ITAKit

/// Where a level as a report writes it stands under its year's rule (`Templates/frameworks`):
/// its name as the template spells it, whether it passes, and its rank among the year's
/// levels (0 the best).
///
/// Why: levels are named differently across years (AA … F until 2565, ผ่านดีเยี่ยม / ผ่านดี /
/// ผ่าน from 2566), so two years compare by rank only on the same scale, and otherwise by
/// pass or fail, the meaning every year's rule shares.
public struct LevelStanding: Equatable, Sendable, Codable {
    /// The template's spelling, or the level as written when the year's rule does not know it.
    public var name: String
    /// Whether the level passes: from the rule, or, for a level the rule does not name, from
    /// the overall score against the pass mark; nil when neither tells.
    public var passes: Bool?
    /// 0 for the year's best level; nil when the rule does not name the level.
    public var rank: Int?
    /// The year's level names, best first: two standings on the same scale compare by rank.
    public var scale: [String]

    public enum Change: String, Sendable, Codable {
        case better, same, worse
    }

    /// The standing of `level` (as written) in `fiscalYear`; nil when there is no level and
    /// no score to judge by.
    public static func of(level: String?, overall: Double?, fiscalYear: Int?) -> LevelStanding? {
        let rule = fiscalYear.flatMap { try? FrameworkLibrary.framework(for: $0) }?.levelRule
        guard let level else {
            guard let overall, let passMark = rule?.passMark else { return nil }
            return LevelStanding(name: "", passes: overall >= passMark, rank: nil, scale: rule?.levelNames ?? [])
        }
        guard let rule else { return LevelStanding(name: level, passes: nil, rank: nil, scale: []) }
        let key = Self.key(level)
        let canonical = rule.definition(of: level)?.name ?? rule.namesBelowPassMark.first { Self.key($0) == key }
        let index = canonical.flatMap { rule.levelNames.firstIndex(of: $0) }
        var passes = rule.passes(level)
        if passes == nil, let overall, let passMark = rule.passMark { passes = overall >= passMark }
        return LevelStanding(name: index.map { rule.levelNames[$0] } ?? level, passes: passes,
                             rank: index, scale: rule.levelNames)
    }

    /// How `later` compares with this standing: by rank on the same scale, else by pass or
    /// fail (a pass after a fail is better; two passes on different scales are the same);
    /// nil when neither can tell.
    public func change(to later: LevelStanding) -> Change? {
        if scale == later.scale, !scale.isEmpty, let rank, let laterRank = later.rank {
            return laterRank < rank ? .better : laterRank > rank ? .worse : .same
        }
        guard let passes, let laterPasses = later.passes else { return nil }
        if passes == laterPasses { return .same }
        return laterPasses ? .better : .worse
    }

    private static func key(_ level: String) -> String {
        String(level.filter { !$0.isWhitespace && !"\"“”'‘’".contains($0) }).uppercased()
    }
}
