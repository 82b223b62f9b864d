import ArgumentParser
import Foundation
import OCRText
import ReportLayout

extension OCRMode: ExpressibleByArgument {}

/// `--ocr`, shared by the commands that read PDFs: when pages are read by OCR (tesseract with
/// its Thai model) rather than from their text layer.
struct OCROption: ParsableArguments {
    @Option(name: .customLong("ocr"),
            help: ArgumentHelp("When to read pages by OCR: auto (pages without a text layer, such as scans, and pictures of score tables), never, or always (every page, its text layer set aside).",
                               valueName: "auto|never|always"))
    var mode: OCRMode = .auto

    /// How the pages are to be read; nil for `never`. `guarded`: the PDF stage's watchdog,
    /// given more time for each page sent to OCR. The progress line goes to stderr when it is
    /// a terminal.
    func reading(language: Language, guarded pdfGuard: PDFGuard?) -> OCRReading? {
        Self.reading(mode, language: language, guarded: pdfGuard)
    }

    static func reading(_ mode: OCRMode, language: Language, guarded pdfGuard: PDFGuard?) -> OCRReading? {
        guard mode != .never else { return nil }
        var reading = OCRReading(mode: mode)
        let progress = OCRProgressLine(language: language)
        reading.progress = { page, pageCount in progress.show(page: page, of: pageCount) }
        if let pdfGuard { reading.willRecognize = { _ in pdfGuard.allowMore(seconds: PDFGuard.ocrSecondsPerPage) } }
        return reading
    }
}

/// `ita: OCR หน้า 3 จาก 25` on stderr, rewritten in place as pages are read, when stderr is a
/// terminal; nothing when it is a file or a pipe.
final class OCRProgressLine: @unchecked Sendable {
    private let language: Language
    private let lock = NSLock()
    private let enabled = isatty(2) != 0
    private var shown = false

    init(language: Language) {
        self.language = language
    }

    func show(page: Int, of pageCount: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        shown = true
        let text = language == .th ? "ita: อ่านด้วย OCR หน้า \(page) จาก \(pageCount)" : "ita: OCR page \(page) of \(pageCount)"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    deinit {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// tesseract could not start: its data for the languages is missing.
extension UsageFailure {
    static func ocr(_ body: () throws -> Void) throws {
        do { try body() } catch TesseractEngine.StartError.languagesMissing(let languages) {
            throw UsageFailure(message: .ocrUnavailable(languages: languages))
        }
    }
}

/// One page's line of `ita text --explain` about OCR.
struct OCRExplanation {
    let summary: OCRPageSummary

    init(_ summary: OCRPageSummary) {
        self.summary = summary
    }

    func text(in language: Language) -> String {
        let page = summary.page
        let confidence = summary.meanConfidence.map { String(format: "%.0f", $0) } ?? "-"
        let turned = String(format: "%.1f", summary.deskewAngle)
        switch (language, summary.kind, summary.words) {
        case (.th, .page, 0): return "หน้า \(page): อ่านด้วย OCR แล้วไม่พบข้อความ (หน้าว่าง หรือเป็นภาพที่ไม่มีตัวอักษร)"
        case (.th, .page, let words): return "หน้า \(page): อ่านด้วย OCR ได้ \(words) คำ ความมั่นใจเฉลี่ย \(confidence) จาก 100 (หมุนภาพให้ตรง \(turned) องศา)"
        case (.th, .pictures, 0): return "หน้า \(page): ภาพในหน้าอ่านด้วย OCR แล้วไม่ใช่ตารางคะแนน จึงไม่ได้นำข้อความมาใช้"
        case (.th, .pictures, let words): return "หน้า \(page): ภาพตารางคะแนนในหน้าอ่านด้วย OCR ได้ \(words) คำ ความมั่นใจเฉลี่ย \(confidence) จาก 100"
        case (.en, .page, 0): return "page \(page): read by OCR, no text found (a blank page, or a picture without letters)"
        case (.en, .page, let words): return "page \(page): read by OCR, \(words) words, mean confidence \(confidence) of 100 (turned \(turned)° straight)"
        case (.en, .pictures, 0): return "page \(page): pictures read by OCR held no score table; their text is not used"
        case (.en, .pictures, let words): return "page \(page): a picture of a score table read by OCR, \(words) words, mean confidence \(confidence) of 100"
        }
    }
}
