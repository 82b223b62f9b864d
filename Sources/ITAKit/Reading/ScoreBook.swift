/// Every score a report gives, gathered from its tables and lines, and what the report as data
/// takes from them: for each thing, the first score written; the other places that give it a
/// different score stay beside it (`alsoWritten`), so that the validator can say so.
///
/// Tables come first, in the order of the report; lines are a second reading and only give a
/// thing no table gave (a line may be a table's own row read again).
struct ScoreBook {
    private(set) var first: [ScoreSubject: ScoreFinding] = [:]
    private(set) var order: [ScoreSubject] = []
    private(set) var others: [ScoreSubject: [ScoreMention]] = [:]

    mutating func add(_ finding: ScoreFinding) {
        guard var taken = first[finding.subject] else {
            first[finding.subject] = finding
            order.append(finding.subject)
            return
        }
        var other = finding
        // A score table's value is taken before a quote of it, whichever the report gives first.
        if taken.quotedIn != nil, finding.quotedIn == nil {
            swap(&taken, &other)
            first[finding.subject] = taken
        }
        guard taken.score != other.score,
              !(others[other.subject] ?? []).contains(where: { $0.score == other.score && $0.where == other.where }) else { return }
        others[other.subject, default: []].append(ScoreMention(score: other.score, where: other.where, quotedIn: other.quotedIn))
    }

    /// A second reading: taken only for things not read yet.
    mutating func addIfNew(_ finding: ScoreFinding) {
        if first[finding.subject] == nil { add(finding) }
    }

    /// A score quoted outside the tables of scores (beside a measure, in a sentence): taken
    /// when nothing else gives the thing a score, kept beside it when it differs.
    mutating func addQuote(_ finding: ScoreFinding, in part: ScoreMention.Quote) {
        var quote = finding
        quote.quotedIn = part
        add(quote)
    }

    func alsoWritten(_ subject: ScoreSubject) -> [ScoreMention]? {
        others[subject].flatMap { $0.isEmpty ? nil : $0 }
    }

    var tools: [ToolScore] {
        order.compactMap { subject in
            guard case .tool(let code, let part) = subject, let finding = first[subject] else { return nil }
            return ToolScore(code: code, part: part, score: finding.score, codeAsWritten: finding.codeAsWritten,
                             where: finding.where, alsoWritten: alsoWritten(subject))
        }
    }

    func indicators(_ framework: Framework) -> [IndicatorScore] {
        order.compactMap { subject in
            guard case .indicator(let number) = subject, let finding = first[subject],
                  let definition = framework.indicator(number) else { return nil }
            return IndicatorScore(number: number, name: definition.name, nameAsWritten: finding.nameAsWritten,
                                  tool: definition.tool, score: finding.score, where: finding.where,
                                  nameWhere: finding.nameWhere, alsoWritten: alsoWritten(subject))
        }
    }

    func items(_ vocabulary: ScoreVocabulary) -> [ItemScore] {
        order.compactMap { subject in
            guard case .item(let code) = subject, let finding = first[subject],
                  let indicator = vocabulary.itemIndicator(code),
                  let tool = vocabulary.framework.indicator(indicator)?.tool else { return nil }
            return ItemScore(code: code, indicator: indicator, tool: tool, score: finding.score,
                             textAsWritten: finding.nameAsWritten, where: finding.where, alsoWritten: alsoWritten(subject))
        }
    }

    var overall: ScoreFinding? { first[.overall] }
}
