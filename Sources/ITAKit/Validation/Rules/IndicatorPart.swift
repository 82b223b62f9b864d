/// The three parts of a report that must each cover every indicator: its score, the
/// agency's analysis of it and the measure planned for it. Named as findings say them.
enum IndicatorPart: CaseIterable {
    case scores, analysis, measures

    /// The thing each indicator must have, in Thai: "คะแนน", …
    var thaiItem: String {
        switch self {
        case .scores: return "คะแนน"
        case .analysis: return "ผลการวิเคราะห์"
        case .measures: return "มาตรการ"
        }
    }

    var englishItem: String {
        switch self {
        case .scores: return "score"
        case .analysis: return "analysis"
        case .measures: return "measure"
        }
    }

    /// The table that holds it.
    var thaiTable: String {
        switch self {
        case .scores: return "ตารางผลการประเมินรายตัวชี้วัด"
        case .analysis: return "ตารางผลการวิเคราะห์รายตัวชี้วัด"
        case .measures: return "ตารางมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
        }
    }

    var englishTable: String {
        switch self {
        case .scores: return "the indicator score table"
        case .analysis: return "the analysis table"
        case .measures: return "the measures table"
        }
    }
}
