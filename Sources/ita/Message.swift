import PDFText
import WordText

/// What ita tells a person when it cannot do what was asked: what is wrong, where, and what to
/// do, in Thai or English. All of the command line's user-facing sentences live here.
enum Message {
    case pdf(PDFError)
    case notUTF8(path: String, byteOffset: Int)
    case cannotWrite(path: String)
    case invalidPageRange(String)
    case pageRangeOutside(range: String, pageCount: Int)
    case outputExists(path: String)
    case noText(path: String, pages: Int)
    case decodedWindows874(path: String)
    case notAnITAReport(path: String)
    case neverNamesTheITA(path: String)
    /// A PDF whose end is missing (an incomplete download) that poppler cannot open.
    case truncatedPDF(path: String)
    /// A PDF whose end is missing, read as far as it goes: a notice, the run goes on.
    case readTruncatedPDF(path: String, pages: Int)
    /// A PDF that opens but has no page poppler can find.
    case noPages(path: String)
    /// Poppler did not finish reading the PDF within the time limit (see `PDFGuard`).
    case pdfTimedOut(path: String, seconds: Int)
    /// Poppler crashed reading the PDF (see `PDFGuard`).
    case pdfCrashed(path: String)
    /// A page is to be read by OCR, and tesseract's data for its languages is not installed.
    case ocrUnavailable(languages: String)
    /// A Word document ita cannot read (see `WordMessage`).
    case word(WordDocumentError)
    /// A Word document without text: pictures only.
    case noTextInWord(path: String)
    /// `--pages` given for a Word document, which has no pages.
    case pagesInWord(path: String)

    func text(in language: Language) -> String {
        switch language {
        case .th: return thai
        case .en: return english
        }
    }

    private var thai: String {
        switch self {
        case .pdf(let error):
            switch error {
            case .fileNotFound(let path): return "ไม่พบไฟล์ \(path): ตรวจสอบชื่อและตำแหน่งของไฟล์"
            case .isDirectory(let path): return "\(path) เป็นโฟลเดอร์ ไม่ใช่ไฟล์: ระบุไฟล์ PDF หรือไฟล์ข้อความ"
            case .unreadable(let path): return "เปิดอ่านไฟล์ \(path) ไม่ได้: ตรวจสอบสิทธิ์การอ่านไฟล์"
            case .empty(let path): return "ไฟล์ \(path) ว่างเปล่า (0 ไบต์): ดาวน์โหลดหรือคัดลอกไฟล์มาใหม่"
            case .passwordRequired(let path): return "ไฟล์ \(path) ถูกเข้ารหัสไว้: ระบุรหัสผ่านด้วย --password"
            case .wrongPassword(let path): return "รหัสผ่านของไฟล์ \(path) ไม่ถูกต้อง: ตรวจสอบรหัสผ่านแล้วลองอีกครั้ง"
            case .notPDF(let path): return "ไฟล์ \(path) ไม่ใช่ PDF หรือเสียหายจนอ่านไม่ได้: ดาวน์โหลดไฟล์มาใหม่ หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
            case .pageOutOfRange(let page, let count): return "ไม่มีหน้า \(page) ในเอกสารนี้ (มี \(count) หน้า)"
            }
        case .notUTF8(let path, let offset):
            return "ไฟล์ \(path) ไม่ใช่ข้อความ UTF-8 (ไบต์ที่ \(offset) ไม่ถูกต้อง): บันทึกไฟล์ใหม่เป็น UTF-8"
        case .cannotWrite(let path):
            return "เขียนไฟล์ \(path) ไม่ได้: ตรวจสอบว่าโฟลเดอร์มีอยู่และมีสิทธิ์เขียน"
        case .invalidPageRange(let range):
            return "ช่วงหน้า \"\(range)\" ไม่ถูกต้อง: ใช้รูปแบบเช่น 3, 3-5 หรือ 3-"
        case .pageRangeOutside(let range, let count):
            return "ช่วงหน้า \(range) อยู่นอกเอกสาร (มี \(count) หน้า)"
        case .outputExists(let path):
            return "มีไฟล์ \(path) อยู่แล้ว: ใช้ชื่อไฟล์อื่น หรือเพิ่ม --force เพื่อเขียนทับ"
        case .decodedWindows874(let path):
            return "ไฟล์ \(path) เป็นข้อความภาษาไทยแบบ TIS-620/Windows-874 (ไม่ใช่ UTF-8): ita อ่านโดยแปลงเป็น UTF-8 ให้แล้ว"
        case .noText(let path, let pages):
            return "ไฟล์ \(path) ไม่มีข้อความที่อ่านได้ (\(pages) หน้า) น่าจะเป็นเอกสารที่สแกนเป็นภาพ: แปลงเป็นข้อความด้วยโปรแกรม OCR ก่อน หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        case .notAnITAReport(let path):
            return "ไม่พบผลการประเมิน ITA ในไฟล์ \(path) (ไม่มีคะแนน ระดับผล หรือมาตรการ): ตรวจสอบว่าเป็นรายงานผลการประเมิน ITA"
        case .neverNamesTheITA(let path):
            return "ไฟล์ \(path) ไม่ได้กล่าวถึงการประเมิน ITA เลย (ไม่มีคำว่า ITA, คุณธรรมและความโปร่งใส, IIT, EIT หรือ OIT): ไม่ใช่รายงานผลการประเมิน ITA จึงไม่มีสิ่งที่จะตรวจ"
        case .truncatedPDF(let path):
            return "ไฟล์ \(path) ขาดส่วนท้ายของ PDF (น่าจะดาวน์โหลดไม่ครบ) จึงอ่านไม่ได้: ดาวน์โหลดไฟล์มาใหม่ หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        case .readTruncatedPDF(let path, let pages):
            return "ไฟล์ \(path) ขาดส่วนท้ายของ PDF (น่าจะดาวน์โหลดไม่ครบ): ita อ่านเท่าที่อ่านได้ (\(pages) หน้า) ผลอาจไม่ครบ ดาวน์โหลดไฟล์มาใหม่เพื่อให้ได้ทั้งฉบับ"
        case .noPages(let path):
            return "ไฟล์ \(path) เสียหาย: ไม่พบหน้าใดในไฟล์ ดาวน์โหลดไฟล์มาใหม่ หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        case .pdfTimedOut(let path, let seconds):
            return "ita หยุดอ่านไฟล์ \(path) หลังผ่านไป \(seconds) วินาที เพราะโปรแกรมอ่าน PDF (poppler) ทำงานไม่จบ ไฟล์น่าจะเสียหาย: ดาวน์โหลดไฟล์มาใหม่ หรือขอไฟล์ต้นฉบับจากหน่วยงาน (ถ้าเป็นไฟล์ใหญ่มาก ให้เวลาเพิ่มด้วย \(PDFGuard.timeLimitVariable)=วินาทีต่อหน้า)"
        case .ocrUnavailable(let languages):
            return "มีหน้าที่ต้องอ่านด้วย OCR แต่ไม่พบข้อมูลภาษา \(languages) ของ tesseract: ติดตั้งด้วย sudo apt-get install tesseract-ocr-tha tesseract-ocr-eng หรือใช้ --ocr never เพื่ออ่านเฉพาะข้อความในไฟล์"
        case .word(let error):
            return WordMessage.thai(error)
        case .noTextInWord(let path):
            return WordMessage.thaiNoText(path: path)
        case .pagesInWord(let path):
            return WordMessage.thaiNoPages(path: path)
        case .pdfCrashed(let path):
            return "โปรแกรมอ่าน PDF (poppler) หยุดทำงานกลางคันขณะอ่านไฟล์ \(path) ไฟล์น่าจะเสียหาย: ดาวน์โหลดไฟล์มาใหม่ หรือขอไฟล์ต้นฉบับจากหน่วยงาน"
        }
    }

    private var english: String {
        switch self {
        case .pdf(let error):
            switch error {
            case .fileNotFound(let path): return "No file at \(path): check the file's name and folder."
            case .isDirectory(let path): return "\(path) is a folder, not a file: give a PDF or a text file."
            case .unreadable(let path): return "Cannot read \(path): check the file's read permission."
            case .empty(let path): return "\(path) is empty (0 bytes): download or copy the file again."
            case .passwordRequired(let path): return "\(path) is encrypted: give its password with --password."
            case .wrongPassword(let path): return "The password for \(path) is wrong: check it and try again."
            case .notPDF(let path): return "\(path) is not a PDF, or is too damaged to read: download it again or ask the agency for the original."
            case .pageOutOfRange(let page, let count): return "There is no page \(page) in this document (it has \(count) pages)."
            }
        case .notUTF8(let path, let offset):
            return "\(path) is not UTF-8 text (invalid byte at offset \(offset)): save it again as UTF-8."
        case .cannotWrite(let path):
            return "Cannot write \(path): check that the folder exists and is writable."
        case .invalidPageRange(let range):
            return "The page range \"\(range)\" is not valid: write it like 3, 3-5 or 3-."
        case .pageRangeOutside(let range, let count):
            return "The page range \(range) is outside the document (it has \(count) pages)."
        case .outputExists(let path):
            return "\(path) exists already: choose another name, or add --force to replace it."
        case .decodedWindows874(let path):
            return "\(path) is Thai text in TIS-620/Windows-874, not UTF-8: ita read it as such."
        case .noText(let path, let pages):
            return "\(path) has no text ita can read (\(pages) pages); it is probably a scan: run OCR on it first, or ask the agency for the original file."
        case .notAnITAReport(let path):
            return "No ITA result in \(path) (no score, level or measure): check that it is an ITA report."
        case .neverNamesTheITA(let path):
            return "\(path) never names the ITA (no ITA, คุณธรรมและความโปร่งใส, IIT, EIT or OIT): it is not an ITA report, so there is nothing to check."
        case .truncatedPDF(let path):
            return "\(path) is cut short (the end of the PDF is missing, probably an incomplete download), so it cannot be read: download it again or ask the agency for the original."
        case .readTruncatedPDF(let path, let pages):
            return "\(path) is cut short (the end of the PDF is missing, probably an incomplete download): ita read what it could (\(pages) pages), so the result may be incomplete; download it again for the whole report."
        case .noPages(let path):
            return "\(path) is damaged: ita finds no page in it. Download it again or ask the agency for the original."
        case .pdfTimedOut(let path, let seconds):
            return "Gave up reading \(path) after \(seconds) seconds: poppler, the PDF reader, does not finish, so the file is probably damaged. Download it again or ask the agency for the original (for a very large file, allow more time with \(PDFGuard.timeLimitVariable)=SECONDS-PER-PAGE)."
        case .ocrUnavailable(let languages):
            return "Some pages are to be read by OCR, but tesseract's data for \(languages) is not installed: install it with sudo apt-get install tesseract-ocr-tha tesseract-ocr-eng, or use --ocr never to read only the file's text layer."
        case .word(let error):
            return WordMessage.english(error)
        case .noTextInWord(let path):
            return WordMessage.englishNoText(path: path)
        case .pagesInWord(let path):
            return WordMessage.englishNoPages(path: path)
        case .pdfCrashed(let path):
            return "poppler, the PDF reader, crashed reading \(path), so the file is probably damaged: download it again or ask the agency for the original."
        }
    }
}
