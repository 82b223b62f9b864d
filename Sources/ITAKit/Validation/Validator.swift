import ReportLayout
import ThaiText

/// Runs every rule on a report and returns what they found, errors first, then in the order of
/// the document.
public struct Validator: Sendable {
    public var rules: [any ValidationRule]

    public init(rules: [any ValidationRule] = Validator.allRules) {
        self.rules = rules
    }

    /// Every rule ita has, in code order.
    public static let allRules: [any ValidationRule] = [
        OverallScoreRule(), OverallLevelRule(), ToolScoreMeanRule(), QuotedScoreRule(), ScoreRangeRule(),
        ImpossibleMeasurePeriodRule(), MeasurePeriodOutsideYearRule(), MissingResponsibleUnitRule(),
        IndicatorNameRule(), MissingIndicatorPartRule(), DuplicateIndicatorRule(), ToolSpellingRule(),
        FiscalYearConsistencyRule(), SectionNumberingRule(), UnknownResponsibleUnitRule(), RequiredScoresRule(),
        TwoScoresRule(), IndicatorFromQuestionsRule(), QuotedItemScoreRule(), LevelSchemeRule(), ToolFromPartsRule(),
        RecognizedScoreRule(),
    ]

    /// Reads what the rules and the parser read once per process (the latest year's framework,
    /// the list of known responsible units, the Thai dictionary) and builds the rules, so that a
    /// caller can have it done on another core while the report's pages are read. A report of
    /// another year reads its own framework when it is parsed.
    public static func prepare() {
        _ = allRules
        _ = KnownUnits.shared
        _ = ThaiDictionary.shared
        _ = try? FrameworkLibrary.latest()
    }

    public func validate(_ context: ValidationContext) -> [Finding] {
        // The rules read the same immutable context and nothing else: the cores share them.
        // Their findings are gathered in rule order, so the order below never depends on timing.
        let wordOrder = WordDocumentOrder(context.content)
        let note = RecognizedTextNote()
        return rules.concurrentMap { $0.check(context) }.flatMap { $0 }.map(note.applied).sorted { a, b in
            if a.severity != b.severity { return a.severity.rank < b.severity.rank }
            let pa = a.where?.page ?? 0, pb = b.where?.page ?? 0
            if pa != pb { return pa < pb }
            let la = a.where?.line ?? 0, lb = b.where?.line ?? 0
            if la != lb { return la < lb }
            let wa = wordOrder.position(of: a.where), wb = wordOrder.position(of: b.where)
            if wa != wb { return wa < wb }
            return a.code < b.code
        }
    }
}

