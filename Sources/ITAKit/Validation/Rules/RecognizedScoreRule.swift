import Foundation

/// ITA022: a score read by OCR that tesseract was not sure of. A misread digit gives a score
/// that looks right (`98.71` for `96.71`), so the person is asked to check it against the paper:
/// a warning, since ita cannot tell a misread from what is printed.
public struct RecognizedScoreRule: ValidationRule {
    public static let code = "ITA022"
    /// tesseract's confidence (0–100) below which a score is to be checked: its digits on a
    /// clean 300 dpi scan score above 90; a smudged or faint one falls below.
    public var lowConfidence: Double

    public init(lowConfidence: Double = 80) {
        self.lowConfidence = lowConfidence
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        let report = context.report
        var scores: [(thai: String, english: String, score: Double?, place: Provenance?)] = []
        if let overall = report.overall { scores.append(("คะแนนภาพรวม", "The overall score", overall.score, overall.where)) }
        for tool in report.tools {
            let (thai, english) = ScoreRangeRule.names(of: .tool(tool.code, part: tool.part))
            scores.append((thai, english, tool.score, tool.where))
        }
        for indicator in report.indicators {
            let (thai, english) = ScoreRangeRule.names(of: .indicator(indicator.number), name: indicator.name)
            scores.append((thai, english, indicator.score, indicator.where))
        }
        for item in report.items { scores.append(("คะแนนข้อ \(item.code)", "The score of \(item.code)", item.score, item.where)) }
        return scores.compactMap { entry in
            guard let score = entry.score, let place = entry.place, place.source == .ocr,
                  let confidence = place.confidence, confidence < lowConfidence else { return nil }
            let value = ScoreText.written(score)
            let sure = String(format: "%.0f", confidence)
            return Finding(
                code: Self.code, severity: .warning,
                thai: "\(entry.thai) \(value)\(FindingWording.thaiInBrackets(place)) อ่านจากภาพด้วย OCR โดยมีความมั่นใจเพียง \(sure) จาก 100: "
                    + "ตรวจตัวเลขนี้กับต้นฉบับ ถ้าถูกต้องไม่ต้องแก้",
                english: "\(entry.english) \(value)\(FindingWording.englishInBrackets(place)) was read from a picture by OCR with a confidence of only \(sure) of 100: "
                    + "check the number against the paper; if it is right, nothing needs to change.",
                where: place, found: value)
        }
    }
}
