import Foundation
import ITAKit
import ITAStore

/// Reports made in code for the store's tests, shaped like the seed (เทศบาลเมืองเมืองพล,
/// ขอนแก่น): ten indicators, EIT in two parts, an analysis, two measures, diagnostics.
enum StoreFixtures {
    /// The seed's 2568 scores by indicator.
    static let seedScores: [Double] = [100, 100, 100, 100, 100, 98.71, 98.81, 98.76, 93.25, 95.00]
    /// Other scores, for a copy moved to 2567: OIT under 85, so ผ่าน rather than ผ่านดี.
    static let scores2567: [Double] = [100, 100, 100, 100, 100, 96.50, 97.20, 95.90, 80.50, 83.10]

    static func report(name: String = "เทศบาลเมืองเมืองพล", province: String? = "ขอนแก่น", year: Int? = 2568,
                       scores: [Double] = seedScores, overall: Double = 97.28, level: String = "ผ่านดี",
                       eitParts: [Double] = [97.51, 100], sha: String = "seed") -> Report {
        let tools = ["IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"]
        let names = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
                     "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
                     "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต"]
        var report = Report(source: Source(file: "\(sha).txt", sha256: sha, kind: .text, pages: nil))
        report.agency = Agency(name: name, type: "เทศบาลเมือง", district: "พล", province: province)
        report.fiscalYear = year
        report.overall = try! JSONDecoder().decode(Overall.self, from: Data(#"{"score": \#(overall), "level": "\#(level)"}"#.utf8))
        report.tools = try! JSONDecoder().decode([ToolScore].self, from: Data("""
            [{"code": "IIT", "score": \(scores[0])}, {"code": "EIT", "part": 1, "score": \(eitParts[0]), "codeAsWritten": "IET"},
             {"code": "EIT", "part": 2, "score": \(eitParts[1])}, {"code": "OIT", "score": \(mean(scores[8...9]))}]
            """.utf8))
        report.indicators = (0..<10).map { index in
            try! JSONDecoder().decode(IndicatorScore.self, from: Data("""
                {"number": \(index + 1), "name": "\(names[index])", "nameAsWritten": "\(index + 1).\(names[index])",
                 "tool": "\(tools[index])", "score": \(scores[index])}
                """.utf8))
        }
        report.analysis = try! JSONDecoder().decode([Analysis].self, from: Data("""
            [{"indicator": 1, "assessment": "strength", "text": "จุดแข็ง"}, {"indicator": 9, "assessment": "weakness", "text": "จุดอ่อน"}]
            """.utf8))
        report.measures = try! JSONDecoder().decode([Measure].self, from: Data("""
            [{"indicator": 1, "activity": "จัดทำแนวทาง, \\"คู่มือ\\"", "analysis": "วิเคราะห์", "steps": ["1.ขั้นแรก", "2.ขั้นสอง"],
              "period": {"text": "1 ตุลาคม \(year ?? 0) ถึง 30 กันยายน \((year ?? 0) + 1)", "start": "2024-10-01", "end": "2025-09-30"},
              "responsible": ["สำนักปลัด", "กองคลัง"]},
             {"indicator": 9, "activity": "เผยแพร่ข้อมูล", "analysis": "", "steps": [],
              "period": {"text": "ตลอดปี"}, "responsible": []}]
            """.utf8))
        report.diagnostics = try! JSONDecoder().decode([Diagnostic].self, from: Data("""
            [{"code": "ITA009", "severity": "warning", "message": "ชื่อตัวชี้วัด", "where": {"line": 40}},
             {"code": "ITA009", "severity": "warning", "message": "ชื่อตัวชี้วัด", "where": {"line": 41}},
             {"code": "ITA012", "severity": "warning", "message": "เลขหัวข้อ", "found": "2.2", "expected": "1.2"}]
            """.utf8))
        return report
    }

    /// The seed moved to 2567 with other scores: EIT parts 93.06 and 100 (mean 96.53),
    /// OIT 81.80, overall 0.3 × 100 + 0.3 × 96.53 + 0.4 × 81.80 = 91.68, ผ่าน.
    static func report2567(name: String = "ทม.เมืองพล", sha: String = "copy2567") -> Report {
        report(name: name, year: 2567, scores: scores2567, overall: 91.68, level: "ผ่าน", eitParts: [93.06, 100], sha: sha)
    }

    /// The seed with what schema version 2 added: five question scores (i7 86.50 and i8 91.25
    /// of indicator 2, e11 88 of indicator 8, o2 and o10 of indicator 9, o2 written before o10
    /// as the NACC orders them), measures for 2569 and the items each addresses.
    static func reportWithItems(sha: String = "items") -> Report {
        var report = report(sha: sha)
        report.measuresFiscalYear = 2569
        report.items = try! JSONDecoder().decode([ItemScore].self, from: Data("""
            [{"code": "i7", "indicator": 2, "tool": "IIT", "score": 86.5, "textAsWritten": "i7 ท่านทราบข้อมูลเกี่ยวกับงบประมาณ", "where": {"line": 40}},
             {"code": "i8", "indicator": 2, "tool": "IIT", "score": 91.25, "textAsWritten": "i8 ท่านเคยเข้าไปมีส่วนร่วม"},
             {"code": "e11", "indicator": 8, "tool": "EIT", "score": 88, "textAsWritten": "e11 การปรับปรุงการทำงาน"},
             {"code": "o2", "indicator": 9, "tool": "OIT", "score": 100, "textAsWritten": "o2 ข้อมูลผู้บริหาร"},
             {"code": "o10", "indicator": 9, "tool": "OIT", "score": 0, "textAsWritten": "o10 แผนการใช้จ่ายงบประมาณ"}]
            """.utf8))
        report.measures[0].items = ["i7", "i8"]
        report.measures[0].scoreQuoted = 86.5
        report.measures[0].findings = "บุคลากรไม่ทราบงบประมาณ"
        report.measures[0].followUp = "รายงานทุกไตรมาส"
        report.measures[1].items = ["o2", "o10"]
        return report
    }

    static func mean(_ values: ArraySlice<Double>) -> Double {
        ScoreRounding.twoDecimals(values.reduce(0, +) / Double(values.count))
    }

    /// A fresh dataset in a temporary folder.
    static func store() throws -> ReportStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ita-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try ReportStore(path: folder.appendingPathComponent("ita.sqlite").path)
    }
}
