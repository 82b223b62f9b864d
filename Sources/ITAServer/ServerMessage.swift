import Foundation

/// The language of the server's answers: Thai unless `lang=en` is asked for.
public enum ServerLanguage: String, Sendable {
    case th, en
}

/// What the server says to people when it cannot answer as asked: what is wrong and what to do.
enum ServerMessage: Sendable {
    case tooLarge(limitBytes: Int)
    case notMultipart
    case noFile
    case emptyFile(name: String)
    case childCrashed(name: String)
    case childTimedOut(name: String, seconds: Int)
    case unknownUpload
    case notAPDF
    case noSuchPage(page: Int, pages: Int)
    case renderFailed(page: Int)
    case internalError
    case notAReport
    /// A place asked for that the Word document does not have.
    case noSuchPlace
    /// A place asked for in an upload that is no Word document.
    case notAWordDocument

    func text(in language: ServerLanguage) -> String {
        language == .en ? english : thai
    }

    private var megabytes: String {
        if case .tooLarge(let limit) = self {
            let mb = Double(limit) / 1_048_576
            return mb == mb.rounded() ? String(Int(mb)) : String(format: "%.1f", mb)
        }
        return ""
    }

    var thai: String {
        switch self {
        case .tooLarge: return "ไฟล์ใหญ่เกินกำหนด (รับได้ไม่เกิน \(megabytes) MB): ลดขนาดไฟล์ หรือตรวจด้วยคำสั่ง ita validate บนเครื่องแทน"
        case .notMultipart: return "คำขอไม่ได้ส่งไฟล์มาแบบ multipart/form-data: ส่งไฟล์ในช่องชื่อ file"
        case .noFile: return "ไม่พบไฟล์ในคำขอ: เลือกไฟล์ PDF หรือไฟล์ข้อความของรายงานแล้วส่งในช่องชื่อ file"
        case .emptyFile(let name): return "ไฟล์ \(name) ว่างเปล่า (0 ไบต์): เลือกไฟล์มาใหม่"
        case .childCrashed(let name): return "อ่านไฟล์ \(name) ไม่สำเร็จ เพราะไฟล์เสียหายจนโปรแกรมอ่าน PDF หยุดทำงาน: ขอไฟล์ต้นฉบับจากหน่วยงาน หรือส่งออกเป็น PDF ใหม่"
        case .childTimedOut(let name, let seconds): return "อ่านไฟล์ \(name) ไม่เสร็จภายใน \(seconds) วินาที ไฟล์อาจเสียหาย: ขอไฟล์ต้นฉบับจากหน่วยงาน หรือส่งออกเป็น PDF ใหม่"
        case .unknownUpload: return "ไม่พบไฟล์ที่อัปโหลดนี้แล้ว (อาจหมดเวลาเก็บ): อัปโหลดไฟล์อีกครั้ง"
        case .notAPDF: return "ไฟล์นี้เป็นไฟล์ข้อความ จึงไม่มีภาพหน้า: ดูตำแหน่งจากเลขบรรทัดแทน"
        case .noSuchPage(let page, let pages): return "ไม่มีหน้า \(page) ในเอกสารนี้ (มี \(pages) หน้า)"
        case .renderFailed(let page): return "สร้างภาพหน้า \(page) ไม่สำเร็จ: ไฟล์อาจเสียหาย"
        case .internalError: return "เกิดข้อผิดพลาดภายในเซิร์ฟเวอร์: ลองอีกครั้ง"
        case .notAReport: return "ข้อมูลที่ส่งมาไม่ใช่ JSON ของรายงานตามที่ ita extract เขียน"
        case .noSuchPlace: return "ไม่พบย่อหน้าหรือแถวของตารางนี้ในเอกสาร Word: ตรวจเลขย่อหน้า ตาราง และแถว"
        case .notAWordDocument: return "ไฟล์นี้ไม่ใช่เอกสาร Word จึงไม่มีย่อหน้าหรือตารางให้แสดง: ดูตำแหน่งจากเลขหน้าหรือเลขบรรทัดแทน"
        }
    }

    var english: String {
        switch self {
        case .tooLarge: return "The file is too large (at most \(megabytes) MB): make it smaller, or check it with ita validate on your own machine."
        case .notMultipart: return "The request did not send a file as multipart/form-data: send it in the field named file."
        case .noFile: return "The request holds no file: choose the report's PDF or text file and send it in the field named file."
        case .emptyFile(let name): return "The file \(name) is empty (0 bytes): choose the file again."
        case .childCrashed(let name): return "The file \(name) could not be read: it is damaged so badly that the PDF reader stopped. Ask the agency for the original, or export the PDF again."
        case .childTimedOut(let name, let seconds): return "Reading \(name) did not finish within \(seconds) seconds; the file may be damaged. Ask the agency for the original, or export the PDF again."
        case .unknownUpload: return "This upload is no longer kept (it may have expired): upload the file again."
        case .notAPDF: return "This is a text file, so it has no page images: use the line numbers instead."
        case .noSuchPage(let page, let pages): return "There is no page \(page) in this document (it has \(pages))."
        case .renderFailed(let page): return "Page \(page) could not be drawn: the file may be damaged."
        case .internalError: return "Something went wrong inside the server: try again."
        case .notAReport: return "What was sent is not a report's JSON as ita extract writes it."
        case .noSuchPlace: return "The Word document has no such paragraph or table row: check the paragraph, table and row numbers."
        case .notAWordDocument: return "This upload is not a Word document, so it has no paragraphs or table rows to show: use the page or line numbers instead."
        }
    }
}
