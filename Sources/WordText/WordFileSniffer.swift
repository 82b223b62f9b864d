import Foundation

/// What a file's first bytes say it is, for the kinds a Word document comes as: a zip
/// archive (a .docx) or an OLE compound file (a .doc, or a .docx saved with a password).
public enum WordFileSniffer {
    public enum Kind: Sendable, Equatable {
        case zip
        case compoundFile
    }

    /// "PK\u{3}\u{4}" starts a zip's first entry; "PK\u{5}\u{6}" an empty zip's directory.
    static let zipMagic: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06]]
    /// The signature of an OLE compound file (MS-CFB 2.2).
    static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    public static func kind(of head: Data) -> Kind? {
        let bytes = [UInt8](head.prefix(8))
        if zipMagic.contains(where: { bytes.starts(with: $0) }) { return .zip }
        if bytes.starts(with: compoundFileMagic) { return .compoundFile }
        return nil
    }
}
