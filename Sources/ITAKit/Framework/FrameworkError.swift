/// Why the framework templates could not be loaded. Each case names the file and says what
/// is wrong in words a person editing the JSON by hand can act on.
public enum FrameworkError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder of framework templates is missing or cannot be listed.
    case folderUnreadable(path: String)
    /// The file exists but could not be read.
    case fileUnreadable(file: String)
    /// The file is not valid JSON (a missing comma, quote or bracket). `line` is where the
    /// reader stopped, when it says: the mistake is there or just before.
    case notJSON(file: String, line: Int?)
    /// Valid JSON, but a value is missing, of the wrong kind, or disagrees with the rest.
    /// `at` is the place in the file, e.g. "tools → item 2 → weightPercent".
    case invalid(file: String, at: String, problem: String)
    /// The file's name is not its fiscal year (`2568.json`), or disagrees with the
    /// `fiscalYear` inside.
    case misnamed(file: String, problem: String)

    /// The file (or folder) the error is about.
    public var file: String {
        switch self {
        case .folderUnreadable(let path): path
        case .fileUnreadable(let file), .notJSON(let file, _), .invalid(let file, _, _), .misnamed(let file, _): file
        }
    }

    public var description: String {
        switch self {
        case .folderUnreadable(let path):
            "cannot read the framework templates folder \(path)"
        case .fileUnreadable(let file):
            "cannot read the framework template \(file)"
        case .notJSON(let file, let line):
            "\(file) is not valid JSON\(line.map { " (around line \($0): look for a missing comma, quote or bracket there or on the line before)" } ?? " (look for a missing comma, quote or bracket)")"
        case .invalid(let file, let at, let problem):
            at.isEmpty ? "\(file): \(problem)" : "\(file), at \(at): \(problem)"
        case .misnamed(let file, let problem):
            "\(file): \(problem)"
        }
    }
}
