import Foundation
import PDFText

/// Whether a file is a PDF or a text report, from its first bytes rather than its name.
enum InputKind {
    case pdf
    case text

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
        return head.range(of: Data("%PDF-".utf8)) != nil ? .pdf : .text
    }
}

/// Reads a text report as UTF-8, without a leading byte-order mark.
enum TextReport {
    static func read(path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageFailure(message: .pdf(.unreadable(path: path)))
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            throw UsageFailure(message: .notUTF8(path: path, byteOffset: NormalizeCommand.firstInvalidByte(in: data)))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
