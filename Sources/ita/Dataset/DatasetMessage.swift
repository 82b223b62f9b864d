import ITAKit
import ITAStore

/// What `ita dataset` tells a person, in Thai or English: what is wrong, where, and what to
/// do; and the words of its summaries and tables. Problems with one input file reuse
/// `Message` (the same sentences as `ita extract`).
enum DatasetMessage {
    case store(StoreError)
    case conflict(file: String, agency: String, year: Int, storedFile: String)
    case emptyFolder(path: String)
    case extractionCrashed(path: String, status: Int32)
    case agencyNotFound(name: String, path: String)
    case agencyAmbiguous(name: String, candidates: [String])
    case emptyDataset(path: String)

    func text(in language: Language) -> String {
        language == .en ? english : thai
    }

    private var thai: String {
        switch self {
        case .store(let error):
            switch error {
            case .noAgency(let file):
                return "ไม่พบชื่อหน่วยงานในไฟล์ \(file) จึงเทียบกับปีอื่นไม่ได้: ตรวจสอบว่าหน้าแรกของรายงานมีชื่อหน่วยงาน"
            case .noFiscalYear(let file):
                return "ไม่พบปีงบประมาณในไฟล์ \(file) จึงเทียบกับปีอื่นไม่ได้: ตรวจสอบว่ารายงานระบุ \"ประจำปีงบประมาณ พ.ศ. ...\""
            case .notADatabase(let path):
                return "ไฟล์ \(path) ไม่ใช่ชุดข้อมูล SQLite หรือเสียหาย: ระบุไฟล์อื่นด้วย --db"
            case .newerSchema(let path):
                return "ชุดข้อมูล \(path) สร้างด้วย ita รุ่นที่ใหม่กว่า: ปรับรุ่น ita ก่อนใช้ไฟล์นี้"
            case .noDatabase(let path):
                return "ไม่พบชุดข้อมูล \(path): สร้างด้วย ita dataset add ก่อน หรือระบุไฟล์ด้วย --db"
            case .cannotOpen(let path, let reason):
                return "เปิดชุดข้อมูล \(path) ไม่ได้ (\(reason)): ตรวจสอบว่าโฟลเดอร์มีอยู่และมีสิทธิ์เขียน"
            }
        case .conflict(let file, let agency, let year, let storedFile):
            return "ชุดข้อมูลมีรายงานของ\(agency) ปีงบประมาณ \(year) อยู่แล้ว (จากไฟล์ \(storedFile)) และ \(file) เป็นอีกฉบับหนึ่ง จึงไม่ได้บันทึก: ถ้าต้องการใช้ฉบับนี้แทน เพิ่ม --replace"
        case .emptyFolder(let path):
            return "โฟลเดอร์ \(path) ไม่มีไฟล์ .pdf, .docx หรือ .txt: ตรวจสอบตำแหน่งของรายงาน"
        case .extractionCrashed(let path, let status):
            return "ita หยุดทำงานระหว่างอ่านไฟล์ \(path) (สถานะ \(status)): ไฟล์อาจเสียหาย ลองเปิดด้วย ita extract \(path) แล้วแจ้งผู้พัฒนา"
        case .agencyNotFound(let name, let path):
            return "ไม่พบหน่วยงาน \"\(name)\" ในชุดข้อมูล \(path): ตรวจสอบชื่อ หรือดูรายชื่อด้วย ita dataset export --format csv"
        case .agencyAmbiguous(let name, let candidates):
            return "มีหลายหน่วยงานที่ตรงกับ \"\(name)\": \(candidates.joined(separator: ", ")): ระบุชื่อเต็ม หรือเพิ่ม --province"
        case .emptyDataset(let path):
            return "ชุดข้อมูล \(path) ยังไม่มีรายงาน: เพิ่มด้วย ita dataset add"
        }
    }

    private var english: String {
        switch self {
        case .store(let error):
            switch error {
            case .noAgency(let file):
                return "No agency name in \(file), so it cannot be compared with other years: check that the report's first page names the agency."
            case .noFiscalYear(let file):
                return "No fiscal year in \(file), so it cannot be compared with other years: check that the report says \"ประจำปีงบประมาณ พ.ศ. ...\"."
            case .notADatabase(let path):
                return "\(path) is not an SQLite dataset, or is damaged: give another file with --db."
            case .newerSchema(let path):
                return "The dataset \(path) was made by a newer ita: update ita before using it."
            case .noDatabase(let path):
                return "No dataset at \(path): make one with ita dataset add first, or give its file with --db."
            case .cannotOpen(let path, let reason):
                return "Cannot open the dataset \(path) (\(reason)): check that the folder exists and is writable."
            }
        case .conflict(let file, let agency, let year, let storedFile):
            return "The dataset already has a report of \(agency) for fiscal year \(year) (from \(storedFile)), and \(file) is a different one, so it was not stored: add --replace to use it instead."
        case .emptyFolder(let path):
            return "The folder \(path) has no .pdf, .docx or .txt file: check where the reports are."
        case .extractionCrashed(let path, let status):
            return "ita stopped while reading \(path) (status \(status)): the file may be damaged; try ita extract \(path) and tell the developers."
        case .agencyNotFound(let name, let path):
            return "No agency \"\(name)\" in the dataset \(path): check the name, or list them with ita dataset export --format csv."
        case .agencyAmbiguous(let name, let candidates):
            return "Several agencies match \"\(name)\": \(candidates.joined(separator: ", ")): give the full name, or add --province."
        case .emptyDataset(let path):
            return "The dataset \(path) has no report yet: add some with ita dataset add."
        }
    }
}

/// The words of `ita dataset`'s summaries and tables.
enum DatasetWords {
    case added, replaced, unchanged, failed
    case replacedFrom(String)
    case totals(added: Int, replaced: Int, unchanged: Int, failed: Int)
    case indicator, change, overall, level, better, same, worse, passes, fails
    case datasetHeader(path: String, agencies: Int, reports: Int)
    case reportsPerYear, levels, indicatorMeans, weakIndicators, diagnostics
    case yearLine(year: Int, reports: Int, passing: Int, failing: Int, unknown: Int, mean: String?)
    case reportsCount(Int)
    case diagnosticLine(code: String, severity: String, count: Int, reports: Int)
    case noLevel, none

    func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .added: return en ? "added" : "เพิ่มแล้ว"
        case .replaced: return en ? "replaced" : "แทนที่แล้ว"
        case .unchanged: return en ? "unchanged" : "ไม่เปลี่ยนแปลง"
        case .failed: return en ? "failed" : "ไม่สำเร็จ"
        case .replacedFrom(let file): return en ? "(was \(file))" : "(แทน \(file))"
        case .totals(let added, let replaced, let unchanged, let failed):
            return en ? "\(added) added, \(replaced) replaced, \(unchanged) unchanged, \(failed) failed."
                      : "เพิ่ม \(added) ไฟล์ แทนที่ \(replaced) ไฟล์ ไม่เปลี่ยนแปลง \(unchanged) ไฟล์ ไม่สำเร็จ \(failed) ไฟล์"
        case .indicator: return en ? "indicator" : "ตัวชี้วัด"
        case .change: return en ? "change" : "เปลี่ยนแปลง"
        case .overall: return en ? "overall" : "คะแนนรวม"
        case .level: return en ? "level" : "ระดับ"
        case .better: return en ? "better" : "ดีขึ้น"
        case .same: return en ? "same" : "เท่าเดิม"
        case .worse: return en ? "worse" : "ลดลง"
        case .passes: return en ? "pass" : "ผ่าน"
        case .fails: return en ? "fail" : "ไม่ผ่าน"
        case .datasetHeader(let path, let agencies, let reports):
            return en ? "Dataset \(path): \(agencies) agencies, \(reports) reports."
                      : "ชุดข้อมูล \(path): \(agencies) หน่วยงาน \(reports) รายงาน"
        case .reportsPerYear: return en ? "Reports per fiscal year" : "รายงานต่อปีงบประมาณ"
        case .levels: return en ? "Levels" : "ระดับผลการประเมิน"
        case .indicatorMeans: return en ? "Mean score per indicator" : "คะแนนเฉลี่ยรายตัวชี้วัด"
        case .weakIndicators: return en ? "Indicators most often analysed as weak" : "ตัวชี้วัดที่หน่วยงานวิเคราะห์ว่าเป็นจุดอ่อนบ่อยที่สุด"
        case .diagnostics: return en ? "Diagnostics by code" : "ข้อวินิจฉัยตามรหัส"
        case .yearLine(let year, let reports, let passing, let failing, let unknown, let mean):
            var text = en ? "\(year): \(reports) reports, \(passing) pass, \(failing) fail"
                          : "\(year): \(reports) รายงาน ผ่าน \(passing) ไม่ผ่าน \(failing)"
            if unknown > 0 { text += en ? ", \(unknown) unknown" : " ไม่ทราบ \(unknown)" }
            if let mean { text += en ? ", mean overall \(mean)" : " คะแนนรวมเฉลี่ย \(mean)" }
            return text
        case .reportsCount(let count): return en ? "\(count) reports" : "\(count) รายงาน"
        case .diagnosticLine(let code, let severity, let count, let reports):
            let named = Diagnostic.Severity(rawValue: severity) ?? .warning
            let kind = en ? named.englishWord : named.thaiWord
            return en ? "\(code) \(kind): \(count) (in \(reports) reports)" : "\(code) \(kind): \(count) รายการ (ใน \(reports) รายงาน)"
        case .noLevel: return en ? "(none stated)" : "(ไม่ระบุ)"
        case .none: return en ? "none" : "ไม่มี"
        }
    }
}
