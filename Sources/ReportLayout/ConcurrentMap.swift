import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` with the elements shared among the cores; the results come in the elements' order,
    /// whatever order the threads finish in.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = IndexedResults<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(self[index]), at: index)
        }
        return results.all
    }
}

/// Results stored by index as threads finish them, read back in index order (those stored).
final class IndexedResults<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func store(_ result: Result, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
    }

    var all: [Result] {
        lock.lock()
        defer { lock.unlock() }
        return results.compactMap { $0 }
    }
}

/// The first error thrown by any of several tasks running at once.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?

    func keep(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if first == nil { first = error }
    }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
