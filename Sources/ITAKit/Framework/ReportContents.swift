/// What a report of the year's result must hold, as the year's template says: by what its
/// scores are given, and per what its analysis and its measures may be written. A report that
/// gives a part in another shape the template allows (an analysis per question instead of per
/// indicator) is not missing it.
///
/// The NACC's own requirement is not published in a source ita has: the templates say so
/// (`"status": "hypothesis"`), and a part missing whole is then a warning, not an error.
public struct ReportContents: Sendable, Decodable {
    /// What a report's analysis or its measures may be written per.
    public enum Unit: String, Sendable, Decodable, CaseIterable {
        case indicator, question
    }

    /// A score of each tool and of each indicator, besides the overall score and its level.
    public let scoresByToolAndIndicator: Sourced<Bool>
    /// Per what an analysis of the result may be given: any one of them is enough.
    public let analysisPer: Sourced<[Unit]>
    /// Per what the measures may be given: any one of them is enough.
    public let measuresPer: Sourced<[Unit]>
    /// What each measure must give: "period", "responsible".
    public let eachMeasureGives: Sourced<[String]>

    private enum Key: String, CodingKey, CaseIterable {
        case scoresByToolAndIndicator, analysisPer, measuresPer, eachMeasureGives
    }

    public init(from decoder: any Decoder) throws {
        try TemplateKeys.rejectUnknown(in: decoder, allowed: Key.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: Key.self)
        scoresByToolAndIndicator = try container.decode(Sourced<Bool>.self, forKey: .scoresByToolAndIndicator)
        analysisPer = try container.decode(Sourced<[Unit]>.self, forKey: .analysisPer)
        measuresPer = try container.decode(Sourced<[Unit]>.self, forKey: .measuresPer)
        eachMeasureGives = try container.decode(Sourced<[String]>.self, forKey: .eachMeasureGives)
    }

    var sources: [SourceNote] {
        [scoresByToolAndIndicator.source, analysisPer.source, measuresPer.source, eachMeasureGives.source]
    }
}
