import CPopplerGlyphs
import Foundation

/// A document's pages worked on by several threads at once, each thread with its own poppler
/// document, and handed back in page order.
///
/// Poppler's objects are not to be shared between threads, but separate documents are
/// independent: each worker opens the file again (the first takes over the document given),
/// claims the next page not yet claimed, reads it and runs `work` on it. Workers stay at most
/// `window` pages ahead of the page last taken, so that what waits in memory does not grow
/// with the document.
///
/// `work` runs on the workers' threads; a page's error is thrown by `take` for that page. Until
/// `finish` returns, the document given belongs to the workers.
public final class ParallelPages<Result: Sendable>: @unchecked Sendable {
    public typealias Work = @Sendable (PDFDocument, Int) throws -> Result

    /// Workers at most: beyond the cores they only add open documents.
    public static var defaultWorkers: Int { ProcessInfo.processInfo.activeProcessorCount }
    /// A worker's stack: poppler's parser recurses on deeply nested objects, as on the main
    /// thread, whose stack is this large.
    static var workerStackSize: Int { 8 << 20 }

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var results: [Int: Swift.Result<Result, Error>] = [:]
    private var nextToClaim: Int
    private var nextToTake: Int
    private var running = 0
    private var cancelled = false

    private let last: Int
    private let window: Int
    private let work: Work

    /// Starts the workers on `pages` of `document`. `workers` is capped by the page count;
    /// `window` (at least 1) is how many pages past the one to be taken next may be claimed.
    public init(document: PDFDocument, pages: ClosedRange<Int>, workers: Int = ParallelPages.defaultWorkers,
                window: Int, work: @escaping Work) {
        self.last = pages.upperBound
        self.nextToClaim = pages.lowerBound
        self.nextToTake = pages.lowerBound
        self.window = max(window, 1)
        self.work = work
        let count = max(1, min(workers, pages.count, self.window))
        running = count
        for index in 0..<count {
            let handed = HandedDocument(index == 0 ? document : nil, reopening: document)
            let thread = Thread { [self] in self.run(handed) }
            thread.stackSize = Self.workerStackSize
            thread.start()
        }
    }

    /// The result of page `number`, waiting for it; pages are to be taken in order.
    public func take(_ number: Int) throws -> Result {
        condition.lock()
        defer { condition.unlock() }
        precondition(number == nextToTake && number <= last, "pages are taken in order, within the range")
        while results[number] == nil { condition.wait() }
        nextToTake = number + 1
        condition.broadcast()
        return try results.removeValue(forKey: number)!.get()
    }

    /// Stops the workers once their pages are done, and waits for them: then the document
    /// given is the caller's again.
    public func finish() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func run(_ handed: HandedDocument) {
        let signalStack = ita_thread_signal_stack_begin()
        defer {
            ita_thread_signal_stack_end(signalStack)
            condition.lock()
            running -= 1
            condition.broadcast()
            condition.unlock()
        }
        // A document that does not open again (the file changed) only leaves its worker out:
        // the first worker has the one already open.
        guard let document = handed.document ?? (try? handed.reopening.reopened()) else { return }
        while let number = claim() {
            let result = Swift.Result { try work(document, number) }
            condition.lock()
            results[number] = result
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next page to work on, once the window has room for it; nil when none is left.
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, nextToClaim <= last, nextToClaim >= nextToTake + window { condition.wait() }
        guard !cancelled, nextToClaim <= last else { return nil }
        nextToClaim += 1
        return nextToClaim - 1
    }
}

/// A document handed to a worker thread, which alone uses it from then on (or the one to open
/// again on that thread).
private final class HandedDocument: @unchecked Sendable {
    let document: PDFDocument?
    let reopening: PDFDocument

    init(_ document: PDFDocument?, reopening: PDFDocument) {
        self.document = document
        self.reopening = reopening
    }
}
