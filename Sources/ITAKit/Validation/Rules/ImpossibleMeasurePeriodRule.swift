import Foundation
import ThaiText

/// ITA006: a measure's period that cannot be: a day that does not exist (31 กันยายน), a date
/// that cannot be read (a month with no year, a three-digit year), or an end before its start.
///
/// The parser leaves such a period without dates; the reason is found again here by reading
/// the period's text once more.
public struct ImpossibleMeasurePeriodRule: ValidationRule {
    public static let code = "ITA006"
    private let dates = ThaiDateParser()

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        let example = context.framework?.measurePeriod.thaiText ?? "1 ตุลาคม 2568 – 30 กันยายน 2569"
        return context.report.measures.compactMap { measure in
            let text = measure.period.text
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            let place = measure.period.where ?? measure.where
            do {
                _ = try dates.period(in: text)
                return nil
            } catch ThaiDateError.noSuchDay(let day, let month, let year) {
                return noSuchDay(measure, day: day, month: month, year: year, place: place)
            } catch ThaiDateError.endBeforeStart {
                return Finding(
                    code: Self.code, severity: .error,
                    thai: "ระยะเวลาดำเนินการของมาตรการตัวชี้วัดที่ \(measure.indicator) สิ้นสุดก่อนวันที่เริ่ม: “\(oneLine(text))” "
                        + "กรุณาตรวจวันเริ่มและวันสิ้นสุด (ส่วนใหญ่เป็นปี พ.ศ. ที่พิมพ์ผิด) ให้วันเริ่มมาก่อนวันสิ้นสุด เช่น \(example)",
                    english: "The period of the measure for indicator \(measure.indicator) ends before it starts: “\(oneLine(text))”. "
                        + "Check its start and end (most often a mistyped Buddhist Era year) so that the start comes first, e.g. \(example).",
                    where: place, expected: "วันเริ่มก่อนวันสิ้นสุด เช่น \(example)", found: oneLine(text))
            } catch {
                let fragment: String
                if case ThaiDateError.unreadable(let piece) = error { fragment = piece } else { fragment = oneLine(text) }
                return Finding(
                    code: Self.code, severity: .error,
                    thai: "อ่านระยะเวลาดำเนินการของมาตรการตัวชี้วัดที่ \(measure.indicator) เป็นวันที่ไม่ได้ ตรงที่เขียนว่า “\(fragment)” "
                        + "(ทั้งช่องเขียนว่า “\(oneLine(text))”) กรุณาเขียนวัน เดือน และปี พ.ศ. สี่หลักให้ครบ เช่น \(example)",
                    english: "The period of the measure for indicator \(measure.indicator) cannot be read as dates at “\(fragment)” "
                        + "(the cell says “\(oneLine(text))”). Write the day, the month and the four-digit Buddhist Era year, e.g. \(example).",
                    where: place, expected: example, found: oneLine(text))
            }
        }
    }

    private func noSuchDay(_ measure: Measure, day: Int, month: Int, year: Int, place: Provenance?) -> Finding {
        let thaiMonth = (1...12).contains(month) ? FindingWording.thaiMonths[month - 1] : "เดือนที่ \(month)"
        let englishMonth = (1...12).contains(month) ? FindingWording.englishMonths[month - 1] : "month \(month)"
        let found = "\(day) \(thaiMonth) \(year)"
        guard let last = ThaiDate.lastDay(ofMonth: month, year: year - ThaiDate.buddhistEraOffset) else {
            return Finding(
                code: Self.code, severity: .error,
                thai: "ระยะเวลาดำเนินการของมาตรการตัวชี้วัดที่ \(measure.indicator) มีวันที่ \(found) ซึ่งไม่มีอยู่จริง กรุณาแก้เป็นวันที่ที่มีจริง",
                english: "The period of the measure for indicator \(measure.indicator) gives \(day) \(englishMonth) \(year) B.E., a day that does not exist. Correct it to a real date.",
                where: place, found: found)
        }
        return Finding(
            code: Self.code, severity: .error,
            thai: "ระยะเวลาดำเนินการของมาตรการตัวชี้วัดที่ \(measure.indicator) มีวันที่ \(found) ซึ่งไม่มีอยู่จริง "
                + "(เดือน\(thaiMonth) \(year) มี \(last) วัน) กรุณาแก้เป็นวันที่ที่มีจริง เช่น \(last) \(thaiMonth) \(year)",
            english: "The period of the measure for indicator \(measure.indicator) gives \(day) \(englishMonth) \(year) B.E., "
                + "a day that does not exist (\(englishMonth) \(year) has \(last) days). Correct it to a real date, e.g. \(last) \(englishMonth) \(year).",
            where: place, expected: "1–\(last) \(thaiMonth) \(year)", found: found)
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
