import ReportLayout

/// ITA013: the body of the report names another fiscal year for the assessment than its
/// title (a report copied from last year's and not wholly updated). The title's year is the
/// first one the report gives (`FiscalYearReader`); the body's are the later mentions of
/// ปีงบประมาณ (พ.ศ.) N or "ITA N" in lines about the assessment (ITA, การประเมิน,
/// ผลประเมิน, คุณธรรมและความโปร่งใส) or in a line that is only that phrase (a repeated title).
///
/// Left alone: a line comparing years (เทียบ, ที่ผ่านมา, ย้อนหลัง, ปีก่อน), and the year the
/// measures are for in a line about measures or plans (มาตรการ, แผน).
public struct FiscalYearConsistencyRule: ValidationRule {
    public static let code = "ITA013"

    static let yearPatterns = [
        #"(?:ประจำปีงบประมาณ|ปีงบประมาณ|ประจำปี)\s*(?:พ\.\s?ศ\.)?\s*([0-9]{4})"#,
        #"ITA\s*\)?\s*(?:ปี\s*)?(?:พ\.\s?ศ\.)?\s*(25[0-9]{2})(?![0-9])"#,
    ]
    static let assessmentWords = ["ITA", "การประเมิน", "ผลประเมิน", "คุณธรรมและความโปร่งใส"]
    static let comparisonWords = ["เทียบ", "ที่ผ่านมา", "ย้อนหลัง", "ปีก่อน"]
    static let measureWords = ["มาตรการ", "แผน"]

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        let lines = context.content.lines
        guard let title = FiscalYearReader().read(lines),
              let titleIndex = lines.firstIndex(where: { $0.provenance == title.where }) else { return [] }
        let measureYear = context.report.measuresFiscalYear ?? context.framework?.measurePeriod.fiscalYear ?? title.assessed + 1
        var findings: [Finding] = []
        for line in lines[(titleIndex + 1)...] {
            // Both patterns need ปี or ITA: most lines are passed over before the patterns.
            guard line.text.containsExactly("ปี") || line.text.containsExactly("ITA") else { continue }
            let text = ThaiNumber.arabicDigits(line.text)
            guard !Self.comparisonWords.contains(where: text.containsExactly) else { continue }
            let mentions = Self.yearPatterns.flatMap { text.allMatches(of: $0) }
            guard !mentions.isEmpty else { continue }
            let isAboutAssessment = Self.assessmentWords.contains(where: text.containsExactly)
            let isAboutMeasures = Self.measureWords.contains(where: text.containsExactly)
            let isTitlePhrase = mentions.contains { mention in
                text.replacingOccurrences(of: mention[0], with: "").allSatisfy { $0.isWhitespace || $0 == "*" || $0 == "#" }
            }
            guard isAboutAssessment || isTitlePhrase else { continue }
            let other = mentions.compactMap { Int($0[1]) }.first { year in
                year != title.assessed && !(year == measureYear && isAboutMeasures)
            }
            guard let other else { continue }
            findings.append(Finding(
                code: Self.code, severity: .error,
                thai: "ปีงบประมาณในเนื้อหาเป็น พ.ศ. \(other) แต่ชื่อรายงานเป็นปีงบประมาณ พ.ศ. \(title.assessed)"
                    + "\(FindingWording.thaiInBrackets(title.where)) กรุณาแก้ให้เป็นปีเดียวกัน "
                    + "(ถ้ารายงานคัดลอกมาจากปีก่อน ให้ตรวจทุกจุดที่ระบุปี)",
                english: "The body gives fiscal year \(other) B.E., but the title gives \(title.assessed) B.E.\(FindingWording.englishInBrackets(title.where)). "
                    + "Make them the same year (if the report was copied from an earlier year's, check every place that names a year).",
                where: line.provenance, expected: String(title.assessed), found: String(other)))
        }
        return findings
    }
}
