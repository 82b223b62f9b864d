import WordText

/// What ita says when it cannot read a Word document: what is wrong, where, and what to do,
/// in Thai or English (the rest of the command line's sentences are in `Message`).
enum WordMessage {
    static func thai(_ error: WordDocumentError) -> String {
        switch error {
        case .notZip(let path):
            return "ไฟล์ \(path) ไม่ใช่เอกสาร Word (.docx) หรือเสียหายจนอ่านไม่ได้: เปิดไฟล์ใน Word แล้วบันทึกใหม่เป็น .docx หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        case .damagedZip(let path):
            return "ไฟล์ \(path) เป็นเอกสาร Word ที่ขาดส่วนท้ายหรือเสียหาย (น่าจะดาวน์โหลดหรือคัดลอกไม่ครบ) จึงอ่านไม่ได้: ดาวน์โหลดหรือคัดลอกไฟล์มาใหม่ หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        case .notWordDocument(let path):
            return "ไฟล์ \(path) เป็นไฟล์ ZIP แต่ไม่ใช่เอกสาร Word (ไม่มี word/document.xml เช่น เป็นไฟล์ .odt หรือไฟล์ Excel): เปิดไฟล์ในโปรแกรมที่สร้างแล้วบันทึกเป็นเอกสาร Word (.docx)"
        case .encrypted(let path):
            return "ไฟล์ \(path) เป็นเอกสาร Word ที่ตั้งรหัสผ่านไว้ ita จึงเปิดไม่ได้: เปิดใน Word แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันเอกสาร > เข้ารหัสด้วยรหัสผ่าน แล้วลบรหัสผ่าน) บันทึก แล้วลองอีกครั้ง"
        case .legacyWord(let path):
            return "ไฟล์ \(path) เป็นเอกสาร Word รุ่นเก่า (.doc ของ Word 97–2003) ซึ่ง ita อ่านไม่ได้: เปิดใน Word แล้วบันทึกเป็น .docx (ไฟล์ > บันทึกเป็น > เอกสาร Word)"
        case .otherCompoundFile(let path):
            return "ไฟล์ \(path) เป็นไฟล์ Office รุ่นเก่าที่ไม่ใช่เอกสาร Word (เช่น .xls หรือ .ppt): ita อ่านรายงานที่เป็น PDF, เอกสาร Word (.docx) หรือไฟล์ข้อความ"
        case .partTooLarge(let path, let part, let limit):
            return "ส่วน \(part) ในไฟล์ \(path) ใหญ่เกิน \(megabytes(limit)) MB เมื่อคลายการบีบอัด ita จึงหยุดอ่าน (ไฟล์อาจเสียหาย หรือถูกสร้างให้โปรแกรมที่เปิดค้าง): ตรวจสอบว่าเป็นรายงานจริง หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        case .nestedTooDeep(let path, let part, let limit):
            return "ข้อมูล XML ในส่วน \(part) ของไฟล์ \(path) ซ้อนกันลึกเกิน \(limit) ชั้น ซึ่งเอกสาร Word จริงไม่เป็นเช่นนี้ ita จึงหยุดอ่าน: เปิดใน Word แล้วบันทึกใหม่ หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        case .damagedPart(let path, let part, let line):
            let whereInPart = line.map { " (อ่านไม่ได้ที่บรรทัด \($0))" } ?? ""
            return "ส่วน \(part) ของไฟล์ \(path) เสียหาย\(whereInPart): เปิดใน Word แล้วบันทึกใหม่ (Word จะเสนอให้ซ่อมไฟล์) หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        case .tableTooLarge(let path, let table, let limit):
            return "ตารางที่ \(table) ในไฟล์ \(path) มีช่องเกิน \(limit) ช่อง ซึ่งใหญ่เกินกว่ารายงานจริง ita จึงหยุดอ่าน (ไฟล์อาจเสียหาย): ตรวจสอบว่าเป็นรายงานจริง หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        case .tooManyEntries(let path, let limit):
            return "ไฟล์ \(path) มีส่วนย่อยมากกว่า \(limit) ส่วน ซึ่งมากเกินกว่าเอกสาร Word จริง ita จึงหยุดอ่าน: ตรวจสอบว่าเป็นรายงานจริง หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        }
    }

    static func english(_ error: WordDocumentError) -> String {
        switch error {
        case .notZip(let path):
            return "\(path) is not a Word document (.docx), or is too damaged to read: open it in Word and save it again as .docx, or ask the agency for the original."
        case .damagedZip(let path):
            return "\(path) is a Word document that is cut short or damaged (probably an incomplete download or copy), so it cannot be read: download or copy it again, or ask the agency for the original."
        case .notWordDocument(let path):
            return "\(path) is a zip archive but not a Word document (it has no word/document.xml; an .odt or an Excel file, say): open it in the program that made it and save it as a Word document (.docx)."
        case .encrypted(let path):
            return "\(path) is a Word document protected by a password, so ita cannot open it: open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, and clear it), save, and try again."
        case .legacyWord(let path):
            return "\(path) is an old Word 97–2003 document (.doc), which ita cannot read: open it in Word and save it as .docx (File > Save As > Word Document)."
        case .otherCompoundFile(let path):
            return "\(path) is an old Office file that is not a Word document (an .xls or a .ppt, say): ita reads reports as PDF, Word documents (.docx) or text."
        case .partTooLarge(let path, let part, let limit):
            return "\(part) in \(path) inflates to more than \(megabytes(limit)) MB, so ita stopped reading it (the file may be damaged, or made to exhaust the programs that open it): check that it is a real report, or ask the agency for the original."
        case .nestedTooDeep(let path, let part, let limit):
            return "The XML of \(part) in \(path) nests more than \(limit) levels deep, as no real Word document does, so ita stopped reading it: open it in Word and save it again, or ask the agency for the original."
        case .damagedPart(let path, let part, let line):
            let whereInPart = line.map { " (unreadable at line \($0))" } ?? ""
            return "\(part) in \(path) is damaged\(whereInPart): open the file in Word and save it again (Word offers to repair it), or ask the agency for the original."
        case .tableTooLarge(let path, let table, let limit):
            return "Table \(table) in \(path) has more than \(limit) cells, more than any real report, so ita stopped reading it (the file may be damaged): check that it is a real report, or ask the agency for the original."
        case .tooManyEntries(let path, let limit):
            return "\(path) holds more than \(limit) parts, more than any real Word document, so ita stopped reading it: check that it is a real report, or ask the agency for the original."
        }
    }

    static func thaiNoText(path: String) -> String {
        "เอกสาร Word \(path) ไม่มีข้อความที่อ่านได้ (อาจมีแต่รูปภาพ เช่น หน้าที่สแกนแล้ววางไว้): ใส่ข้อความในเอกสาร หรือใช้ไฟล์ต้นฉบับที่มีข้อความ"
    }

    static func englishNoText(path: String) -> String {
        "The Word document \(path) has no text ita can read (only pictures, such as scanned pages pasted in): put the text in, or use the original file with its text."
    }

    static func thaiNoPages(path: String) -> String {
        "เอกสาร Word \(path) ไม่มีหน้าตายตัว (Word จัดหน้าเมื่อแสดงผล) จึงใช้ --pages ไม่ได้: ไม่ต้องระบุ --pages"
    }

    static func englishNoPages(path: String) -> String {
        "The Word document \(path) has no fixed pages (Word lays them out as it shows them), so --pages does not apply: leave --pages out."
    }

    private static func megabytes(_ bytes: Int) -> Int {
        bytes / (1024 * 1024)
    }
}
