/// Why a file cannot be read as a Word document. `path` is the file as the person named it;
/// `part` a part inside the .docx (`word/document.xml`).
public enum WordDocumentError: Error, Equatable, Sendable {
    /// Not a zip archive at all, though named as a Word document.
    case notZip(path: String)
    /// A file that starts as a zip archive but whose directory cannot be read: cut short (an
    /// incomplete download) or damaged.
    case damagedZip(path: String)
    /// A zip archive without `word/document.xml`: another kind of document (an OpenDocument
    /// text, a spreadsheet) or a zip of something else.
    case notWordDocument(path: String)
    /// A Word document saved with a password: Word keeps it as an encrypted package inside an
    /// OLE compound file, which ita cannot open.
    case encrypted(path: String)
    /// A Word 97–2003 document (.doc): an OLE compound file with a WordDocument stream.
    case legacyWord(path: String)
    /// Another OLE compound file (an old Excel or PowerPoint file, say).
    case otherCompoundFile(path: String)
    /// A part that inflates to more than the limit (`WordReadingSettings`).
    case partTooLarge(path: String, part: String, limitBytes: Int)
    /// XML nested deeper than the limit.
    case nestedTooDeep(path: String, part: String, limit: Int)
    /// A part whose XML cannot be read (malformed, or declaring a DTD, which Word never
    /// writes): `line` of the part where reading stopped.
    case damagedPart(path: String, part: String, line: Int?)
    /// A table (counted from 1 in reading order) whose grid has more cells than the limit.
    case tableTooLarge(path: String, table: Int, limitCells: Int)
    /// A zip that lists more entries than the limit.
    case tooManyEntries(path: String, limit: Int)
}
