import Foundation
import ITAKit
import PDFText
import ReportLayout

/// Reads a report file, PDF, Word document or text, into its content and the parsed report,
/// with the diagnostics of every validation rule.
struct ReportLoader {
    var password: String?
    var language: Language
    /// The dictionary-guided repair of the text (`ThaiRepairer`), on unless `--no-repair`.
    var repair = true
    /// When pages are read by OCR (`--ocr`).
    var ocr: OCRMode = .auto

    struct Loaded {
        var report: Report
        var context: ValidationContext
        var findings: [Finding]
    }

    func load(_ file: String) throws -> Loaded {
        let english = language == .en
        // Usually begun as the process started; here for a loader used otherwise (the dataset's).
        WarmStart.readingReports()
        let data = FileManager.default.contents(atPath: file) ?? Data()
        // The file's digest is worked out while its pages are read, not after them.
        let sha256 = BackgroundValue { SHA256.hex(of: data) }
        let name = URL(fileURLWithPath: file).lastPathComponent
        let content: DocumentContent
        let source: Source
        switch try InputKind.of(path: file) {
        case .pdf:
            let (document, read) = try PDFGuard.run(file: file, language: language) { pdfGuard in
                let document = try pdfGuard.open(password: password)
                let reader = DocumentContentReader(reader: PDFTextReader(repair: repair),
                                                   ocr: OCROption.reading(ocr, language: language, guarded: pdfGuard))
                var read: DocumentContent?
                try UsageFailure.ocr { read = try reader.read(document, firstPage: ReportParser.prefetch(firstPage:)) }
                return (document, read!)
            }
            content = read
            if content.lines.isEmpty, content.tables.isEmpty {
                throw UsageFailure(message: .noText(path: file, pages: document.pageCount))
            }
            source = Source(file: name, sha256: sha256.value, kind: .pdf, pages: document.pageCount,
                            ocrPages: content.ocrPages.isEmpty ? nil : content.ocrPages)
        case .text:
            content = DocumentContentReader(reader: PDFTextReader(repair: repair)).read(text: try TextReport.read(path: file, language: language))
            source = Source(file: name, sha256: sha256.value, kind: .text, pages: nil)
        case .word:
            content = try WordInput.read(file, ocr: ocr, language: language).content
            if content.lines.isEmpty, content.tables.isEmpty { throw UsageFailure(message: .noTextInWord(path: file)) }
            source = Source(file: name, sha256: sha256.value, kind: .docx, pages: nil)
        }
        // The text is read as a report on other cores while this one asks whether it is a
        // results list: most texts are reports, and a list's reading as one is left unused.
        let parser = ReportParser()
        let parsed = BackgroundValue {
            Result { () throws -> (DocumentContent, Report) in
                let restored = try parser.restoringOCRMisreads(content)
                return (restored, try parser.parse(restored, source: source))
            }
        }
        if let list = try ResultsListReader().read(content) {
            return try loadList(list, content: content, source: source, english: english)
        }
        let (restored, parsedReport) = try parsed.value.get()
        var report = parsedReport
        guard report.hasITAResult else { throw UsageFailure(message: .notAnITAReport(path: file)) }
        guard ReportParser.namesTheITA(restored) else { throw UsageFailure(message: .neverNamesTheITA(path: file)) }
        let framework = try report.fiscalYear.flatMap { try FrameworkLibrary.framework(for: $0) }
        let context = ValidationContext(report: report, content: restored, framework: framework)
        // A short text says so in its JSON (kind shortText), as the validator judged it.
        report.kind = context.kind
        let findings = Validator().validate(context)
        report.diagnostics = findings.map { Diagnostic($0, english: english) }
        return Loaded(report: report, context: context, findings: findings)
    }
}

extension ReportLoader {
    /// A results list (kind G): one result per agency, each row checked by the list's rules.
    private func loadList(_ list: ResultsList, content: DocumentContent, source: Source, english: Bool) throws -> Loaded {
        var report = Report(source: source, fiscalYear: list.fiscalYear)
        report.kind = .resultsList
        report.resultsList = list.heading
        report.results = list.results
        let framework = try report.fiscalYear.flatMap { try FrameworkLibrary.framework(for: $0) }
        let context = ValidationContext(report: report, content: content, framework: framework)
        let findings = Validator(rules: Validator.resultsListRules).validate(context)
        report.diagnostics = findings.map { Diagnostic($0, english: english) }
        return Loaded(report: report, context: context, findings: findings)
    }
}

extension Report {
    /// A report that gives at least one score, level or measure: anything less is not an ITA
    /// report, or not one ita can read.
    var hasITAResult: Bool {
        overall != nil || !tools.isEmpty || !indicators.isEmpty || !measures.isEmpty || !(results ?? []).isEmpty
    }
}
