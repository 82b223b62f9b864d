/// ITA007: a measure's period that reaches outside the fiscal year the year's measures are
/// meant for (`Framework.measurePeriod`: for the 2568 assessment, 1 ตุลาคม 2568 – 30 กันยายน
/// 2569). Usually a mistyped year; a warning, since a measure may knowingly run longer.
///
/// Periods that cannot be read are ITA006's; a period with no date is not judged here.
public struct MeasurePeriodOutsideYearRule: ValidationRule {
    public static let code = "ITA007"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let year = context.framework?.measurePeriod else { return [] }
        return context.report.measures.compactMap { measure in
            let start = measure.period.start, end = measure.period.end
            guard start != nil || end != nil else { return nil }
            var thaiReasons: [String] = [], englishReasons: [String] = []
            if let start, !year.contains(start) {
                let before = start < year.start
                thaiReasons.append("วันเริ่ม \(FindingWording.thaiDate(iso: start)) "
                    + (before ? "อยู่ก่อนวันที่ \(FindingWording.thaiDate(iso: year.start))" : "อยู่หลังวันที่ \(FindingWording.thaiDate(iso: year.end))"))
                englishReasons.append("it starts on \(FindingWording.englishDate(iso: start)), "
                    + (before ? "before \(FindingWording.englishDate(iso: year.start))" : "after \(FindingWording.englishDate(iso: year.end))"))
            }
            if let end, !year.contains(end) {
                let after = end > year.end
                thaiReasons.append("วันสิ้นสุด \(FindingWording.thaiDate(iso: end)) "
                    + (after ? "เลยวันที่ \(FindingWording.thaiDate(iso: year.end))" : "อยู่ก่อนวันที่ \(FindingWording.thaiDate(iso: year.start))"))
                englishReasons.append("it ends on \(FindingWording.englishDate(iso: end)), "
                    + (after ? "after \(FindingWording.englishDate(iso: year.end))" : "before \(FindingWording.englishDate(iso: year.start))"))
            }
            guard !thaiReasons.isEmpty else { return nil }
            let text = measure.period.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return Finding(
                code: Self.code, severity: .warning,
                thai: "ระยะเวลาดำเนินการของมาตรการตัวชี้วัดที่ \(measure.indicator) “\(text)” อยู่นอกปีงบประมาณ พ.ศ. \(year.fiscalYear) "
                    + "ที่มาตรการของรายงานนี้ต้องใช้ (\(year.thaiText)): \(thaiReasons.joined(separator: " และ")) "
                    + "กรุณาตรวจว่าพิมพ์ปี พ.ศ. ถูกหรือไม่ และกำหนดระยะเวลาให้อยู่ในช่วง \(year.thaiText)",
                english: "The period of the measure for indicator \(measure.indicator), “\(text)”, lies outside fiscal year \(year.fiscalYear) B.E. "
                    + "that this report's measures are for (\(year.thaiText)): \(englishReasons.joined(separator: " and ")). "
                    + "Check that the year is typed right, and keep the period within \(year.thaiText).",
                where: measure.period.where ?? measure.where,
                expected: year.thaiText, found: text)
        }
    }
}
