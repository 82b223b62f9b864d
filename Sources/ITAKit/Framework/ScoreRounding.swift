/// Scores as the NACC publishes them: two decimals.
public enum ScoreRounding {
    /// `score` to two decimals, a half away from zero (98.755 → 98.76), as people round.
    ///
    /// Why in two steps: binary doubles store 98.755 as 98.75499…, which a plain rounding
    /// turns down. Rounding to six decimals first removes that noise and nothing a score
    /// published with two decimals can carry.
    public static func twoDecimals(_ score: Double) -> Double {
        let clean = (score * 100 * 1_000_000).rounded() / 1_000_000
        return clean.rounded(.toNearestOrAwayFromZero) / 100
    }
}
