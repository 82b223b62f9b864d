/// One of the year's assessment tools (เครื่องมือ): IIT, EIT or OIT, with its weight in the
/// overall score and the indicators whose scores it gathers.
public struct ToolDefinition: Sendable, Decodable {
    /// How the scores of a tool's parts make the tool's score.
    public enum PartsCombination: String, Sendable, Decodable, CaseIterable {
        /// The plain mean of the parts.
        case mean

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let combination = Self(rawValue: text) else {
                let known = Self.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "\"\(text)\" is not a way to combine parts; the known ones are \(known)"))
            }
            self = combination
        }
    }

    /// IIT, EIT or OIT.
    public let code: String
    /// The name as agencies write it, e.g. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน.
    public let thaiName: String
    public let thaiNameSource: SourceNote
    /// Other ways reports write the name (no ของ, …).
    public let aliases: [String]
    public let aliasesSource: SourceNote?
    /// Other ways reports write the code (the seed writes IET for EIT).
    public let codeAliases: [String]
    public let codeAliasesSource: SourceNote?
    /// The share of the overall score, 0…1 (the template says it in percent, as people do).
    public let weight: Double
    public let weightSource: SourceNote
    /// The indicators (ตัวชี้วัด) this tool's score gathers.
    public let indicatorNumbers: [Int]
    public let indicatorNumbersSource: SourceNote
    /// Whether the tool's score is the plain mean of its indicators' scores.
    public let scoreIsMeanOfIndicators: Bool
    public let scoreIsMeanOfIndicatorsSource: SourceNote
    /// How many parts the tool is scored in (2 for EIT from 2566: ส่วนที่ 1 answered by
    /// service users, ส่วนที่ 2 collected by NACC staff); nil for a tool scored whole.
    public let parts: Int?
    public let partsSource: SourceNote?
    public let partsCombinedBy: PartsCombination?
    public let partsCombinedBySource: SourceNote?
    /// Whether each of its indicators' scores is the plain mean of the scores of its
    /// questions (i1–i6 for indicator 1); nil where the template does not say.
    public let indicatorsAreMeansOfQuestions: Sourced<Bool>?

    /// Every note of this tool, to find the hypotheses among them.
    public var sources: [SourceNote] {
        [thaiNameSource, weightSource, indicatorNumbersSource, scoreIsMeanOfIndicatorsSource]
            + [aliasesSource, codeAliasesSource, partsSource, partsCombinedBySource, indicatorsAreMeansOfQuestions?.source].compactMap { $0 }
    }

    /// The tool's score from the scores of its parts: the one score of a tool scored whole,
    /// the combination of all its parts otherwise; nil when the count does not fit.
    public func score(fromParts scores: [Double]) -> Double? {
        guard let parts else { return scores.count == 1 ? scores[0] : nil }
        guard scores.count == parts, let partsCombinedBy else { return nil }
        switch partsCombinedBy {
        case .mean: return scores.reduce(0, +) / Double(scores.count)
        }
    }

    /// The tool's score as the mean of its indicators' scores (keyed by indicator number);
    /// nil when one is missing, or when the template does not say the tool is such a mean.
    public func score(fromIndicators scores: [Int: Double]) -> Double? {
        guard scoreIsMeanOfIndicators, !indicatorNumbers.isEmpty else { return nil }
        var sum = 0.0
        for number in indicatorNumbers {
            guard let score = scores[number] else { return nil }
            sum += score
        }
        return sum / Double(indicatorNumbers.count)
    }

    private enum Key: String, CodingKey, CaseIterable {
        case code, thaiName, aliases, codeAliases, weightPercent, indicatorNumbers,
             scoreIsMeanOfIndicators, parts, partsCombinedBy, indicatorsAreMeansOfQuestions
    }

    public init(from decoder: any Decoder) throws {
        try TemplateKeys.rejectUnknown(in: decoder, allowed: Key.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: Key.self)
        code = try container.decode(String.self, forKey: .code)
        let thaiName = try container.decode(Sourced<String>.self, forKey: .thaiName)
        (self.thaiName, thaiNameSource) = (thaiName.value, thaiName.source)
        let aliases = try container.decodeIfPresent(Sourced<[String]>.self, forKey: .aliases)
        (self.aliases, aliasesSource) = (aliases?.value ?? [], aliases?.source)
        let codeAliases = try container.decodeIfPresent(Sourced<[String]>.self, forKey: .codeAliases)
        (self.codeAliases, codeAliasesSource) = (codeAliases?.value ?? [], codeAliases?.source)
        let weight = try container.decode(Sourced<Double>.self, forKey: .weightPercent)
        guard (0...100).contains(weight.value) else {
            throw DecodingError.dataCorruptedError(
                forKey: .weightPercent, in: container,
                debugDescription: "the weight of \(code) is \(Framework.formatted(weight.value)) %: it must be between 0 and 100 (percent of the overall score)")
        }
        (self.weight, weightSource) = (weight.value / 100, weight.source)
        let numbers = try container.decode(Sourced<[Int]>.self, forKey: .indicatorNumbers)
        guard !numbers.value.isEmpty, Set(numbers.value).count == numbers.value.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .indicatorNumbers, in: container,
                debugDescription: "\(code) lists its indicators as \(numbers.value): give at least one number, each once")
        }
        (indicatorNumbers, indicatorNumbersSource) = (numbers.value, numbers.source)
        let mean = try container.decode(Sourced<Bool>.self, forKey: .scoreIsMeanOfIndicators)
        (scoreIsMeanOfIndicators, scoreIsMeanOfIndicatorsSource) = (mean.value, mean.source)
        let parts = try container.decodeIfPresent(Sourced<Int>.self, forKey: .parts)
        let combination = try container.decodeIfPresent(Sourced<PartsCombination>.self, forKey: .partsCombinedBy)
        if let parts, parts.value < 2 {
            throw DecodingError.dataCorruptedError(
                forKey: .parts, in: container,
                debugDescription: "\(code) has \(parts.value) parts: give 2 or more, or leave \"parts\" out for a tool scored whole")
        }
        if (parts == nil) != (combination == nil) {
            throw DecodingError.dataCorruptedError(
                forKey: parts == nil ? .partsCombinedBy : .parts, in: container,
                debugDescription: "\(code): \"parts\" and \"partsCombinedBy\" go together (e.g. 2 parts combined by \"mean\"); give both or neither")
        }
        (self.parts, partsSource) = (parts?.value, parts?.source)
        (partsCombinedBy, partsCombinedBySource) = (combination?.value, combination?.source)
        indicatorsAreMeansOfQuestions = try container.decodeIfPresent(Sourced<Bool>.self, forKey: .indicatorsAreMeansOfQuestions)
    }
}
