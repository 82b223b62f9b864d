import Foundation
import ZIPFoundation

/// The Word fixtures (Tests/Fixtures/docx, made by make-docx.py) and small .docx files made on
/// the spot for the cases a fixture should not hold (bombs, DTDs).
enum WordFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ name: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures/docx").appendingPathComponent(name)
    }

    static func temporaryURL(_ suffix: String = ".docx") -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ita-word-\(UUID().uuidString)\(suffix)")
    }

    /// A zip holding `parts` (name → bytes), deflated.
    static func zip(_ parts: [(String, Data)]) throws -> URL {
        let url = temporaryURL()
        let archive = try Archive(url: url, accessMode: .create)
        for (name, data) in parts {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    /// A zip whose `name` is `count` bytes of spaces, streamed, never held whole.
    static func zipOfSpaces(_ name: String, count: Int, alongside parts: [(String, Data)] = []) throws -> URL {
        let url = try zip(parts)
        let archive = try Archive(url: url, accessMode: .update)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(count), compressionMethod: .deflate) { _, size in
            Data(repeating: UInt8(ascii: " "), count: size)
        }
        return url
    }

    /// The smallest Word document: its content types, relationship and `body` as document.xml.
    static func document(body: String, extra: [(String, Data)] = []) throws -> URL {
        try zip(minimalParts(documentXML: documentXML(body)) + extra)
    }

    static func documentXML(_ body: String) -> Data {
        Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body + "</w:body></w:document>").utf8)
    }

    static func minimalParts(documentXML: Data) -> [(String, Data)] {
        [
            ("[Content_Types].xml", Data(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").utf8)),
            ("_rels/.rels", Data(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>").utf8)),
            ("word/document.xml", documentXML),
        ]
    }

    /// The parts of a .docx, read with ZIPFoundation, for rewriting one of them.
    static func parts(of url: URL) throws -> [(String, Data)] {
        let archive = try Archive(url: url, accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, data)
        }
    }
}
