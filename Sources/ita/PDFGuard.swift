import Foundation
import PDFText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Guards the part of a run in which poppler reads a PDF. A damaged file can make poppler loop
/// or crash; ita must still end with one line on stderr in the user's language and exit status
/// 2, never with a bare crash signal or a run that never ends.
///
/// - A watchdog thread ends the run when the PDF stage takes longer than its time limit:
///   `ITA_PDF_TIME_LIMIT` seconds (default 3) to open the file, then the same per page. Reading
///   takes about 5 ms a page (the 25-page sample: 0.1 s in all), so the default leaves a wide
///   margin while a looping file ends within seconds.
/// - Handlers for SIGSEGV, SIGBUS, SIGABRT and SIGFPE, installed only while the guard is on,
///   write a message formatted beforehand with write(2) and end with _exit(2): nothing that is
///   not async-signal-safe runs in them. They run on their own stack, so a stack overflow in
///   poppler is caught too.
///
/// The cost is one sleeping thread and eight sigaction calls per run (see Tests/Fuzz/README.md
/// for the measurement).
///
/// For tests, `ITA_DEBUG_PDF_STAGE=hang|crash|abort` makes the guarded stage loop, fault or abort
/// right after the PDF is opened.
final class PDFGuard: @unchecked Sendable {
    /// The environment variable that sets the time limit, in seconds per page (and to open).
    static let timeLimitVariable = "ITA_PDF_TIME_LIMIT"
    /// Seconds per page, and to open the file, when the variable is not set.
    static let defaultSecondsPerPage = 3.0
    static let debugVariable = "ITA_DEBUG_PDF_STAGE"
    /// Seconds more the stage is given for each page read by OCR: tesseract takes 2–5 s on a
    /// page at 300 dpi, and a slow machine or a dense page several times that.
    static let ocrSecondsPerPage = 60.0

    private let file: String
    private let language: Language
    private let secondsPerPage: Double
    private let watchdog: Watchdog

    /// Turns the guard on for reading `file` (as the user named it).
    init(file: String, language: Language) {
        self.file = file
        self.language = language
        let configured = Self.environment(Self.timeLimitVariable).flatMap(Double.init)
        secondsPerPage = configured.map { $0 > 0 ? $0 : Self.defaultSecondsPerPage } ?? Self.defaultSecondsPerPage
        FatalSignalMessage.install("ita: " + Message.pdfCrashed(path: file).text(in: language) + "\n")
        watchdog = Watchdog(seconds: secondsPerPage, message: Self.timeoutMessage(file, language, secondsPerPage))
    }

    deinit {
        watchdog.cancel()
        FatalSignalMessage.uninstall()
    }

    /// Runs `body` with the guard on, and turns it off when it returns or throws.
    static func run<T>(file: String, language: Language, _ body: (PDFGuard) throws -> T) throws -> T {
        let guarded = PDFGuard(file: file, language: language)
        return try withExtendedLifetime(guarded) { try body(guarded) }
    }

    /// Opens the PDF under the guard, and gives the rest of the stage its time: the limit per
    /// page times the page count. Says when the file is cut short (its end marker missing):
    /// an error when nothing can be read, a notice on stderr when poppler reads pages anyway.
    func open(password: String?) throws -> PDFDocument {
        let truncated = Self.isCutShort(file)
        let document: PDFDocument
        do {
            document = try PDFDocument(path: file, password: password)
        } catch PDFError.notPDF(let path) where truncated {
            throw UsageFailure(message: .truncatedPDF(path: path))
        }
        if document.pageCount == 0 {
            throw UsageFailure(message: truncated ? .truncatedPDF(path: file) : .noPages(path: file))
        }
        let seconds = secondsPerPage * Double(document.pageCount)
        watchdog.restart(seconds: seconds, message: Self.timeoutMessage(file, language, secondsPerPage + seconds))
        Self.simulateFailureIfAsked()
        if truncated {
            let notice = Message.readTruncatedPDF(path: file, pages: document.pageCount).text(in: language)
            FileHandle.standardError.write(Data(("ita: " + notice + "\n").utf8))
        }
        return document
    }

    /// Gives the stage `seconds` more, for work that is not poppler's (OCR).
    func allowMore(seconds: Double) {
        watchdog.extend(by: seconds)
    }

    private static func timeoutMessage(_ file: String, _ language: Language, _ seconds: Double) -> String {
        "ita: " + Message.pdfTimedOut(path: file, seconds: Int(seconds.rounded(.up))).text(in: language) + "\n"
    }

    /// Whether a file that starts as a PDF lacks the `%%EOF` marker a PDF ends with: PDF
    /// readers look for it in the last kilobyte, and a download that stopped early has none.
    static func isCutShort(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        guard head.range(of: Data("%PDF-".utf8)) != nil, let size = try? handle.seekToEnd() else { return false }
        try? handle.seek(toOffset: size > 1024 ? size - 1024 : 0)
        let tail = (try? handle.readToEnd()) ?? Data()
        return tail.range(of: Data("%%EOF".utf8)) == nil
    }

    /// A variable of the environment, read with getenv: `ProcessInfo`'s dictionary of them all
    /// is built on first use, half a millisecond of every run.
    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func simulateFailureIfAsked() {
        switch environment(debugVariable) {
        case "hang": while true { sleep(60) }
        case "crash": raise(SIGSEGV)
        case "abort": abort()
        default: break
        }
    }
}

/// Ends the run with a message when its deadline passes before it is cancelled.
private final class Watchdog: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var deadline: Date
    private var message: [UInt8]
    private var cancelled = false

    init(seconds: Double, message: String) {
        deadline = Date(timeIntervalSinceNow: seconds)
        self.message = Array(message.utf8)
        Thread.detachNewThread { [self] in watch() }
    }

    /// Gives the run `seconds` from now, with this message if it overruns.
    func restart(seconds: Double, message: String) {
        condition.lock()
        deadline = Date(timeIntervalSinceNow: seconds)
        self.message = Array(message.utf8)
        condition.broadcast()
        condition.unlock()
    }

    /// Moves the deadline `seconds` later, keeping the message.
    func extend(by seconds: Double) {
        condition.lock()
        deadline = deadline.addingTimeInterval(seconds)
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func watch() {
        condition.lock()
        while !cancelled {
            if !condition.wait(until: deadline), !cancelled, Date() >= deadline {
                message.withUnsafeBufferPointer { _ = write(2, $0.baseAddress, $0.count) }
                _exit(2)
            }
        }
        condition.unlock()
    }
}

/// The fatal-signal handlers: a message formatted beforehand, written with write(2), then
/// _exit(2). The handler reads only this fixed memory.
private enum FatalSignalMessage {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGABRT, SIGFPE]
    static let capacity = 4096
    nonisolated(unsafe) static let text = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    nonisolated(unsafe) static let length = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    nonisolated(unsafe) static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 4)
    nonisolated(unsafe) static var alternateStack: UnsafeMutableRawPointer?

    static func install(_ message: String) {
        let bytes = Array(message.utf8.prefix(capacity))
        bytes.withUnsafeBufferPointer { text.update(from: $0.baseAddress!, count: $0.count) }
        length.pointee = bytes.count
        if alternateStack == nil {
            // The handler needs a stack of its own when the fault is a stack overflow.
            let size = 64 * 1024
            alternateStack = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            var stack = stack_t()
            stack.ss_sp = alternateStack
            stack.ss_size = size
            stack.ss_flags = 0
            sigaltstack(&stack, nil)
        }
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in
            _ = write(2, FatalSignalMessage.text, FatalSignalMessage.length.pointee)
            _exit(2)
        }
        #else
        action.__sigaction_u.__sa_handler = { _ in
            _ = write(2, FatalSignalMessage.text, FatalSignalMessage.length.pointee)
            _exit(2)
        }
        #endif
        action.sa_flags = Int32(SA_ONSTACK)
        sigemptyset(&action.sa_mask)
        for (index, signal) in signals.enumerated() {
            sigaction(signal, &action, previous + index)
        }
    }

    static func uninstall() {
        for (index, signal) in signals.enumerated() {
            sigaction(signal, previous + index, nil)
        }
    }
}
