import Foundation

/// A progress bar on stderr, `[########------------] 40/100`, redrawn in place, only when
/// stderr is a terminal (a log or a pipe gets nothing), at most every tenth of a second.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast
    private static let width = 30

    init(total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.enabled = enabled && total > 0
    }

    func update(done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        FileHandle.standardError.write(Data(("\r" + Self.line(done: done, total: total)).utf8))
    }

    /// Clears the bar, so the summary starts on a clean line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: Self.width + 24) + "\r").utf8))
    }

    static func line(done: Int, total: Int) -> String {
        let filled = total == 0 ? width : width * done / total
        let percent = total == 0 ? 100 : 100 * done / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            + "] \(done)/\(total) (\(percent)%)"
    }
}
