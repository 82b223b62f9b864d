import Foundation

/// Tells what an OLE compound file holds, from the names in its directory: Word keeps a
/// password-protected .docx as a stream named EncryptedPackage, and a Word 97–2003 document
/// as a stream named WordDocument. Names are stored in UTF-16LE; looking for them in the
/// bytes is enough to tell the two apart, and reading the file's sectors is not needed for it.
enum CompoundFile {
    enum Content: Equatable {
        case encryptedPackage
        case wordDocument
        case other
    }

    static func content(of data: Data) -> Content {
        if data.range(of: utf16LE("EncryptedPackage")) != nil { return .encryptedPackage }
        if data.range(of: utf16LE("WordDocument")) != nil { return .wordDocument }
        return .other
    }

    private static func utf16LE(_ name: String) -> Data {
        Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    }
}
