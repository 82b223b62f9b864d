/// ITA004: a score quoted in the report's text is not the score of its table: `ร้อยละ 98.81`
/// or `คะแนนเท่ากับ 98.81` in an indicator's analysis (the analysis table, and the analysis
/// column of the measures table) against that indicator's score; and a second mention of the
/// overall score in the prose (`โดยมีค่าคะแนน เท่ากับ 97.28 คะแนน อยู่ในระดับ …`) against the
/// overall score the report gives first; not a score a text of several agencies' results
/// gives to another agency (`OtherAgencyScore`).
///
/// Tolerance: a quote stands for the table's score when it is within the rounding of its own
/// last digit (`98.8` for 98.81: 0.05), and never finer than `scoreTolerance` (0.005). Targets
/// (`ไม่ต่ำกว่าร้อยละ 90`), other years' scores and tools' scores quoted next to an indicator's
/// are not quotes of it (`ScoreQuote`).
public struct QuotedScoreRule: ValidationRule {
    public static let code = "ITA004"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        let report = context.report
        let half = context.settings.scoreTolerance
        var findings: [Finding] = []

        func look(at text: String, indicator number: Int, place: Provenance?, partThai: String, partEnglish: String) {
            guard let score = ScoreEvidence.usable(report.indicators.first(where: { $0.number == number })?.score) else { return }
            let table = report.indicators.first { $0.number == number }
            let name = context.framework?.indicator(number)?.name ?? table?.name ?? ""
            for quote in ScoreQuote.quotes(in: text, fiscalYear: report.fiscalYear) where !quote.agrees(with: score, half: half) {
                let shown = ScoreText.written(score)
                let thai = "\(partThai)ของตัวชี้วัดที่ \(number) \(name)\(ScoreText.thaiPlace(place)) อ้างคะแนน \(quote.written) "
                    + "แต่ตารางคะแนนรายตัวชี้วัดให้ตัวชี้วัดนี้ \(shown) คะแนน\(ScoreText.thaiPlace(table?.where)) "
                    + "กรุณาแก้ตัวเลขในข้อความให้ตรงกับตาราง (หรือแก้ตารางถ้าตารางผิด) ตามประกาศผลของสำนักงาน ป.ป.ช."
                let english = "The \(partEnglish) of indicator \(number) (\(name))\(ScoreText.englishPlace(place)) quotes a score of \(quote.written), "
                    + "but the indicator score table gives \(shown)\(ScoreText.englishPlace(table?.where)). "
                    + "Correct the number in the text to match the table (or the table, if the table is wrong), as the NACC published it."
                findings.append(Finding(code: Self.code, severity: .error, thai: thai, english: english, where: place,
                                        expected: shown, found: quote.written))
            }
        }
        for analysis in report.analysis {
            look(at: analysis.text, indicator: analysis.indicator, place: analysis.where,
                 partThai: "ข้อความวิเคราะห์ผลการประเมิน", partEnglish: "analysis")
        }
        for measure in report.measures {
            look(at: measure.analysis, indicator: measure.indicator, place: measure.where,
                 partThai: "ช่องผลการวิเคราะห์ในตารางมาตรการ", partEnglish: "analysis in the measures table")
        }

        if let overall = ScoreEvidence.usable(report.overall?.score) {
            let first = context.overallPlace
            let others = OtherAgencyScore(agencyName: report.agency.name, lines: context.content.lines)
            for mention in context.overallMentions where mention.quote.isOfYear(report.fiscalYear)
                && !mention.quote.agrees(with: overall, half: half)
                && !others.isOtherAgencys(lineIndex: mention.lineIndex, offset: mention.quote.offset) {
                let shown = ScoreText.written(overall)
                let thai = "ข้อความสรุปผล\(ScoreText.thaiPlace(mention.place)) อ้างคะแนนภาพรวม \(mention.quote.written) "
                    + "แต่คะแนนภาพรวมที่รายงานไว้ก่อนหน้า\(ScoreText.thaiPlace(first)) คือ \(shown) คะแนน "
                    + "กรุณาแก้ให้ทุกจุดที่กล่าวถึงคะแนนภาพรวมใช้ตัวเลขเดียวกันตามประกาศผลของสำนักงาน ป.ป.ช."
                let english = "A summary sentence\(ScoreText.englishPlace(mention.place)) quotes an overall score of \(mention.quote.written), "
                    + "but the overall score the report gives first\(ScoreText.englishPlace(first)) is \(shown). "
                    + "Make every mention of the overall score the same, as the NACC published it."
                findings.append(Finding(code: Self.code, severity: .error, thai: thai, english: english, where: mention.place,
                                        expected: shown, found: mention.quote.written))
            }
        }
        return findings
    }
}
