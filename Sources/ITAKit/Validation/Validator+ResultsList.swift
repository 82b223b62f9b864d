extension Validator {
    /// The rules of a results list (kind G): each row checked on its own (tools against the
    /// total, the level, a missing tool) and the list as a whole (ranks, an agency twice).
    /// A report's rules do not apply: a list has no indicators, analysis or measures.
    public static let resultsListRules: [any ValidationRule] = [
        ListToolsTotalRule(), ListLevelRule(), ListMissingToolRule(), ListRankRule(), ListDuplicateAgencyRule(),
    ]
}
