/// Why a PDF could not be read. Each case carries what a person needs to act on it;
/// the command line turns them into messages in the user's language.
public enum PDFError: Error, Equatable, Sendable {
    /// No file at that path.
    case fileNotFound(path: String)
    /// The path is a folder, not a file.
    case isDirectory(path: String)
    /// The file exists but could not be read (permissions).
    case unreadable(path: String)
    /// The file is empty.
    case empty(path: String)
    /// The PDF is encrypted and no password was given.
    case passwordRequired(path: String)
    /// The PDF is encrypted and the password given does not open it.
    case wrongPassword(path: String)
    /// The file is not a PDF, or is too damaged to open.
    case notPDF(path: String)
    /// A page number outside the document.
    case pageOutOfRange(page: Int, pageCount: Int)
}
