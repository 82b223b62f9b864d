import Foundation

/// The parts of a multipart/form-data body (RFC 7578): each field's name, its file name when
/// it is a file, and its bytes. Only what the page sends is needed: a file and a few short
/// text fields.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var data: Data
    }

    var parts: [Part]

    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    func text(_ name: String) -> String? {
        part(name).map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The boundary of a `multipart/form-data; boundary=…` content type, or nil.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = pieces.first, first.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.count > 200 ? nil : value
        }
        return nil
    }

    /// Reads `body`; nil when it is not a well-formed multipart body with this boundary.
    init?(body: Data, boundary: String) {
        let delimiter = Data("--\(boundary)".utf8)
        let crlf = Data("\r\n".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        guard var cursor = body.range(of: delimiter)?.upperBound else { return nil }
        var parts: [Part] = []
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            let rest = body[cursor...]
            if rest.starts(with: Data("--".utf8)) { break }
            guard rest.starts(with: crlf) else { return nil }
            let headersStart = cursor + 2
            guard let headersRange = body.range(of: headerEnd, in: headersStart..<body.endIndex) else { return nil }
            let headers = String(decoding: body[headersStart..<headersRange.lowerBound], as: UTF8.self)
            let contentStart = headersRange.upperBound
            guard let next = body.range(of: crlf + delimiter, in: contentStart..<body.endIndex) else { return nil }
            guard let disposition = Self.disposition(headers) else { return nil }
            parts.append(Part(name: disposition.name, fileName: disposition.fileName,
                              data: Data(body[contentStart..<next.lowerBound])))
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// The `name` and `filename` of a part's Content-Disposition header.
    private static func disposition(_ headers: String) -> (name: String, fileName: String?)? {
        for line in headers.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            var name: String?
            var fileName: String?
            for piece in Self.parameters(String(pair[1])) {
                if piece.key == "name" { name = piece.value }
                if piece.key == "filename" { fileName = piece.value }
            }
            return name.map { ($0, fileName) }
        }
        return nil
    }

    /// `key="value"` parameters, quoted values kept whole (a file name may hold `;`).
    private static func parameters(_ text: String) -> [(key: String, value: String)] {
        var result: [(String, String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard let equals = text[index...].firstIndex(of: "=") else { break }
            let key = (text[index..<equals].split(separator: ";").last.map(String.init) ?? "")
                .trimmingCharacters(in: .whitespaces).lowercased()
            var valueStart = text.index(after: equals)
            var value = ""
            if valueStart < text.endIndex, text[valueStart] == "\"" {
                valueStart = text.index(after: valueStart)
                var cursor = valueStart
                while cursor < text.endIndex, text[cursor] != "\"" {
                    if text[cursor] == "\\", text.index(after: cursor) < text.endIndex { cursor = text.index(after: cursor) }
                    value.append(text[cursor])
                    cursor = text.index(after: cursor)
                }
                index = cursor < text.endIndex ? text.index(after: cursor) : cursor
            } else {
                let end = text[valueStart...].firstIndex(of: ";") ?? text.endIndex
                value = text[valueStart..<end].trimmingCharacters(in: .whitespaces)
                index = end
            }
            result.append((key, value))
        }
        return result
    }
}
