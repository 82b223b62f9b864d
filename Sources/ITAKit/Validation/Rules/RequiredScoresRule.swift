/// ITA016: a part every ITA report gives is missing: the overall score, the level, a tool's
/// score (each part of EIT from 2566, unless the report gives EIT whole), or an indicator's
/// score. A table missing whole is one finding, not one per row.
///
/// A row that is there but whose score is not a number is ITA005's, not missing. Without a
/// framework for the year (2561, 2569, or a year not found) only the overall score and level
/// are required: the tools and indicators are the year's. A short text (kind C, `ShortText`)
/// is not the agency's report: the tools and indicators it does not give are one note each,
/// worded for what it is; the overall score or level it leaves out stay what they are.
public struct RequiredScoresRule: ValidationRule {
    public static let code = "ITA016"

    public init() {}

    private static let nothing = "—"

    public func check(_ context: ValidationContext) -> [Finding] {
        let report = context.report
        var findings: [Finding] = []
        let example = "“… โดยมีค่าคะแนน เท่ากับ 92.50 คะแนน อยู่ในระดับ “ผ่านดี””"
        if let overall = report.overall {
            if overall.score == nil {
                var finding = missing(thai: "ไม่พบคะแนนภาพรวม (ITA) ในประโยคสรุปผล\(ScoreText.thaiPlace(overall.where)) กรุณาเขียนคะแนนภาพรวมเป็นตัวเลขตามประกาศผลของสำนักงาน ป.ป.ช. เช่น \(example)",
                                      english: "The summary sentence\(ScoreText.englishPlace(overall.where)) gives no overall (ITA) score. Write the overall score as a number, as the NACC published it, e.g. \(example).",
                                      place: overall.where, expected: "คะแนนภาพรวม")
                // A news item or an announcement may give the level alone.
                if report.tools.isEmpty, Self.givesTheResultAlone(report) || Self.quotesIndicatorsAlone(report) { Self.markAsResultAlone(&finding) }
                findings.append(finding)
            }
            if NameKey.of(overall.level ?? "").isEmpty {
                var finding = missing(thai: "ไม่พบระดับผลการประเมิน (เช่น “ผ่านดี”) ในประโยคสรุปผล\(ScoreText.thaiPlace(overall.where)) กรุณาเขียนระดับตามประกาศผลของสำนักงาน ป.ป.ช. เช่น \(example)",
                                      english: "The summary sentence\(ScoreText.englishPlace(overall.where)) gives no level (such as “ผ่านดี”). Write the level, as the NACC published it, e.g. \(example).",
                                      place: overall.where, expected: "ระดับผลการประเมิน")
                // A text that gives the result and nothing else is a news item or an
                // announcement as often as a report: a level it leaves out is no slip of a report.
                if report.tools.isEmpty, Self.givesTheResultAlone(report) || Self.quotesIndicatorsAlone(report) { Self.markAsResultAlone(&finding) }
                findings.append(finding)
            }
        } else {
            var finding = missing(thai: "ไม่พบคะแนนภาพรวมและระดับผลการประเมิน ITA ในรายงาน กรุณาเขียนประโยคสรุปผลที่มีคะแนนภาพรวมและระดับตามประกาศผลของสำนักงาน ป.ป.ช. เช่น \(example)",
                                    english: "The report gives no overall ITA score and level. Write a summary sentence with the overall score and the level, as the NACC published them, e.g. \(example).",
                                    place: nil, expected: "คะแนนภาพรวม, ระดับผลการประเมิน")
            if Self.quotesIndicatorsAlone(report) { Self.markAsResultAlone(&finding) }
            findings.append(finding)
        }
        guard let framework = context.framework else { return findings }
        let unreadable = ScoreRangeRule.unreadableRows(context).map(\.slot)
        let shortText = context.kind == .shortText ? ShortTextNote(report) : nil
        findings += missingTools(framework, report: report, unreadable: unreadable, shortText: shortText)
        findings += missingIndicators(framework, report: report, unreadable: unreadable, shortText: shortText)
        return findings
    }

    private func missingTools(_ framework: Framework, report: Report, unreadable: [ScoreRangeRule.UnreadableRow.Slot],
                              shortText: ShortTextNote?) -> [Finding] {
        let codes = framework.tools.map(\.code)
        let hasAny = !report.tools.isEmpty || unreadable.contains { if case .tool = $0 { true } else { false } }
        guard hasAny else {
            let list = codes.joined(separator: ", ")
            if let shortText {
                return [shortText.finding(code: Self.code, thaiMissing: "คะแนนรายเครื่องมือ (\(list))", englishMissing: "the tool scores (\(list))")]
            }
            return [missingWhole(thai: "ไม่พบคะแนนรายเครื่องมือ (\(list)) ในรายงาน กรุณาเพิ่มตารางผลการประเมินรายเครื่องมือ (เครื่องมือ | คะแนน) ตามประกาศผลของสำนักงาน ป.ป.ช.",
                                 english: "The report gives no tool scores (\(list)). Add the table of scores by tool (tool | score), as the NACC published it.",
                                 expected: list, framework: framework, report: report)]
        }
        // Every row the year asks for, in the order of the template, and whether it is there.
        var slots: [(code: String, part: Int?, row: ToolScore?, there: Bool)] = []
        for tool in framework.tools {
            let rows = report.tools.filter { NameKey.of($0.code) == NameKey.of(tool.code) }
            let whole = rows.first { $0.part == nil }
            if let parts = tool.parts, whole == nil {
                for part in 1...parts {
                    let row = rows.first { $0.part == part }
                    slots.append((tool.code, part, row, row != nil || unreadable.contains(.tool(tool.code, part: part))))
                }
            } else {
                let row = whole ?? rows.first
                slots.append((tool.code, nil, row, row != nil || unreadable.contains { if case .tool(let code, _) = $0 { code == tool.code } else { false } }))
            }
        }
        if let shortText {
            let missing = slots.filter { !$0.there }
            guard !missing.isEmpty else { return [] }
            let thai = missing.map { slot in slot.part.map { "\(slot.code) ส่วนที่ \($0)" } ?? slot.code }.joined(separator: ", ")
            let english = missing.map { slot in slot.part.map { "\(slot.code) part \($0)" } ?? slot.code }.joined(separator: ", ")
            return [shortText.finding(code: Self.code, thaiMissing: "คะแนนของ \(thai)", englishMissing: "the scores of \(english)")]
        }
        return slots.indices.compactMap { index in
            let slot = slots[index]
            guard !slot.there else { return nil }
            let place = (slots[..<index].reversed() + slots[(index + 1)...]).lazy.compactMap { $0.row?.where }.first
            let definition = framework.tool(slot.code)
            let thaiName = definition.map { " (\($0.thaiName))" } ?? ""
            let thaiSlot = slot.part.map { "\(slot.code) ส่วนที่ \($0)" } ?? slot.code
            let englishSlot = slot.part.map { "\(slot.code) part \($0)" } ?? slot.code
            let near = ScoreText.thaiWords(place).map { " (ใกล้\($0))" } ?? ""
            let nearEnglish = ScoreText.englishWords(place).map { " (near \($0))" } ?? ""
            var finding = missing(thai: "ไม่พบคะแนน \(thaiSlot)\(thaiName) ในตารางผลการประเมินรายเครื่องมือ กรุณาเพิ่มแถวของ \(thaiSlot) พร้อมคะแนนตามประกาศผลของสำนักงาน ป.ป.ช.\(near)",
                                  english: "The tool score table has no score for \(englishSlot). Add its row with the score the NACC published\(nearEnglish).",
                                  place: place, expected: thaiSlot)
            // A text that gives the result and some tools in prose (a news item, an
            // announcement) need not give every tool: no slip of a report.
            if Self.givesTheResultAlone(report) {
                finding.severity = .warning
                finding.thai += " (หมายเหตุ: เอกสารนี้ให้เพียงผลคะแนนบางส่วน ถ้าเป็นข่าวหรือประกาศ ไม่ใช่รายงานผลการประเมิน ไม่ต้องแก้)"
                finding.english += " (Note: this document gives part of the result only; if it is a news item or an announcement rather than the report, nothing needs to change.)"
            }
            return finding
        }
    }

    private func missingIndicators(_ framework: Framework, report: Report, unreadable: [ScoreRangeRule.UnreadableRow.Slot],
                                   shortText: ShortTextNote?) -> [Finding] {
        let numbers = framework.indicators.map(\.number)
        let there = Set(report.indicators.map(\.number) + unreadable.compactMap { if case .indicator(let number) = $0 { number } else { nil } })
        guard !there.isEmpty else {
            let range = ScoreText.numbers(numbers)
            if let shortText {
                return [shortText.finding(code: Self.code, thaiMissing: "คะแนนรายตัวชี้วัด (ตัวชี้วัดที่ \(range))",
                                          englishMissing: "the indicator scores (indicators \(range))")]
            }
            return [missingWhole(thai: "ไม่พบคะแนนรายตัวชี้วัด (ตัวชี้วัดที่ \(range)) ในรายงาน กรุณาเพิ่มตารางผลการประเมินรายตัวชี้วัด (ตัวชี้วัด | คะแนน) ตามประกาศผลของสำนักงาน ป.ป.ช.",
                                 english: "The report gives no indicator scores (indicators \(range)). Add the table of scores by indicator (indicator | score), as the NACC published it.",
                                 expected: "ตัวชี้วัดที่ \(range)", framework: framework, report: report)]
        }
        if let shortText {
            let others = ScoreText.numbers(numbers.filter { !there.contains($0) })
            guard !others.isEmpty else { return [] }
            return [shortText.finding(code: Self.code, thaiMissing: "คะแนนของตัวชี้วัดอื่น (ตัวชี้วัดที่ \(others))",
                                      englishMissing: "the other indicators' scores (indicators \(others))")]
        }
        return numbers.filter { !there.contains($0) }.map { number in
            let before = report.indicators.last { $0.number < number }
            let after = report.indicators.first { $0.number > number }
            let place = before?.where ?? after?.where
            let name = framework.indicator(number)?.name ?? ""
            let tool = framework.indicator(number)?.tool ?? ""
            let near = ScoreText.thaiWords(place).map { " (ใกล้\($0))" } ?? ""
            let nearEnglish = ScoreText.englishWords(place).map { " (near \($0))" } ?? ""
            var finding = missing(thai: "ไม่พบคะแนนตัวชี้วัดที่ \(number) \(name) (\(tool)) ในตารางผลการประเมินรายตัวชี้วัด กรุณาเพิ่มแถว “\(number).\(name)” พร้อมคะแนนตามประกาศผลของสำนักงาน ป.ป.ช.\(near)",
                                  english: "The indicator score table has no score for indicator \(number), \(name) (\(tool)). Add the row “\(number).\(name)” with the score the NACC published\(nearEnglish).",
                                  place: place, expected: "ตัวชี้วัดที่ \(number)")
            if Self.quotesIndicatorsAlone(report) { Self.markAsResultAlone(&finding) }
            return finding
        }
    }

    /// The tools' or the indicators' scores missing whole: an error in a report that analyses
    /// or plans per indicator (it is written about scores it does not give); otherwise a
    /// warning that says so while the year's template holds the requirement a hypothesis (a
    /// short announcement gives the overall result alone).
    private func missingWhole(thai: String, english: String, expected: String, framework: Framework, report: Report) -> Finding {
        var finding = missing(thai: thai, english: english, place: nil, expected: expected)
        let perIndicator = !report.analysis.isEmpty || report.measures.contains { $0.items.isEmpty }
        if !perIndicator, framework.reportContents.scoresByToolAndIndicator.source.isHypothesis {
            finding.severity = .warning
            let note = FindingWording.unconfirmedRequirementNote(thaiPart: "คะแนนส่วนนี้", englishPart: "these scores",
                                                                  thaiResult: "ผลคะแนนภาพรวม", englishResult: "the overall result")
            finding.thai += note.thai
            finding.english += note.english
        }
        return finding
    }

    /// A part a news item or an announcement leaves out: a warning that says so.
    static func markAsResultAlone(_ finding: inout Finding) {
        finding.severity = .warning
        finding.thai += " (หมายเหตุ: เอกสารนี้ให้เพียงผลการประเมิน ถ้าเป็นข่าวหรือประกาศ ไม่ใช่รายงานผลการประเมิน ไม่ต้องแก้)"
        finding.english += " (Note: this document gives the result alone; if it is a news item or an announcement rather than the report, nothing needs to change.)"
    }

    /// The most indicators a news item quotes; a report's table gives them all.
    static let indicatorsQuotedAtMost = 2

    /// Whether the document quotes an indicator's score or two and nothing else a report is
    /// made of (no overall score, tool, question, analysis or measures): news of one
    /// indicator's result, not a report with rows missing.
    static func quotesIndicatorsAlone(_ report: Report) -> Bool {
        !report.indicators.isEmpty && report.indicators.count <= indicatorsQuotedAtMost && report.overall?.score == nil
            && report.tools.isEmpty && report.items.isEmpty && report.analysis.isEmpty && report.measures.isEmpty
    }

    /// Whether the report gives its result and nothing a report is written about: no
    /// indicator or question scores, no analysis, no measures.
    static func givesTheResultAlone(_ report: Report) -> Bool {
        report.indicators.isEmpty && report.items.isEmpty && report.analysis.isEmpty && report.measures.isEmpty
    }

    private func missing(thai: String, english: String, place: Provenance?, expected: String) -> Finding {
        Finding(code: Self.code, severity: .error, thai: thai, english: english, where: place, expected: expected, found: Self.nothing)
    }
}
