/// ITA008: a measure with no responsible unit: the ผู้รับผิดชอบ cell empty, a dash, or
/// nothing in it that names a unit.
public struct MissingResponsibleUnitRule: ValidationRule {
    public static let code = "ITA008"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        context.report.measures.compactMap { measure in
            guard measure.responsible.isEmpty else { return nil }
            let written = (measure.responsibleAsWritten ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let thaiCell = written.isEmpty ? "ช่องผู้รับผิดชอบว่างอยู่" : "ช่องผู้รับผิดชอบเขียนเพียง “\(written)” ซึ่งไม่ใช่ชื่อหน่วยงาน"
            let englishCell = written.isEmpty ? "its responsible cell is empty" : "its responsible cell says only “\(written)”, which names no unit"
            return Finding(
                code: Self.code, severity: .error,
                thai: "มาตรการของตัวชี้วัดที่ \(measure.indicator) ไม่มีผู้รับผิดชอบ (\(thaiCell)) "
                    + "กรุณาระบุหน่วยงานที่รับผิดชอบมาตรการนี้ เช่น สำนักปลัด กองคลัง",
                english: "The measure for indicator \(measure.indicator) has no responsible unit (\(englishCell)). "
                    + "Name the unit in charge of it, e.g. สำนักปลัด (the Office of the Permanent Secretary) or กองคลัง (the Finance Division).",
                where: measure.responsibleWhere ?? measure.where,
                expected: "ชื่อหน่วยงานผู้รับผิดชอบ", found: written.isEmpty ? nil : written)
        }
    }
}
