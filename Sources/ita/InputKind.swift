import Foundation
import PDFText
import ThaiText
import WordText

/// Whether a file is a PDF, a Word document or a text report, from its first bytes rather
/// than its name.
enum InputKind {
    case pdf
    case text
    /// A zip archive (a .docx) or an OLE compound file (a .doc, or a .docx with a password):
    /// the Word reader says which, and what it cannot read.
    case word

    /// The names Word documents go by.
    static let wordExtensions: Set<String> = ["docx", "docm", "dotx", "doc"]

    static func of(path: String) throws -> InputKind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PDFError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw PDFError.isDirectory(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw PDFError.unreadable(path: path) }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        if head.isEmpty { throw PDFError.empty(path: path) }
        // PDF readers accept the header anywhere in the first kilobyte.
        if head.range(of: Data("%PDF-".utf8)) != nil { return .pdf }
        if WordFileSniffer.kind(of: head) != nil { return .word }
        // A file named as a PDF or a Word document that is not one is not to be read as text.
        if path.lowercased().hasSuffix(".pdf") { throw PDFError.notPDF(path: path) }
        if wordExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased()) {
            throw UsageFailure(message: .word(.notZip(path: path)))
        }
        return .text
    }
}

/// Reads a text report: UTF-8 (without a leading byte-order mark), or Thai in TIS-620 /
/// Windows-874, which older Thai software still writes; that is decoded, and said on stderr.
enum TextReport {
    static func read(path: String, language: Language) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageFailure(message: .pdf(.unreadable(path: path)))
        }
        return try decode(data, name: path, language: language)
    }

    static func decode(_ data: Data, name: String, language: Language) throws -> String {
        if var text = String(validating: data, as: UTF8.self) {
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return text
        }
        if LegacyThaiEncoding.looksLikeWindows874(data), let text = LegacyThaiEncoding.decodeWindows874(data) {
            let notice = Message.decodedWindows874(path: name).text(in: language)
            FileHandle.standardError.write(Data(("ita: " + notice + "\n").utf8))
            return text
        }
        throw UsageFailure(message: .notUTF8(path: name, byteOffset: NormalizeCommand.firstInvalidByte(in: data)))
    }
}
