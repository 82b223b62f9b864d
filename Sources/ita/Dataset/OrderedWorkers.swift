import Foundation

/// Runs `work` on every index with `jobs` threads, and hands each result to `commit` in
/// index order, one at a time, as soon as it and all before it are done. So the slow part
/// runs in parallel while what it feeds (the database) sees the files in the order given:
/// which of two files of the same agency and year comes first does not depend on timing.
final class OrderedWorkers<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let commitLock = NSLock()
    private var nextIndex = 0
    private var done: [Int: Output] = [:]
    private var nextToCommit = 0
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    func run(jobs: Int, work: @Sendable (Int) -> Output, commit: @Sendable (Int, Output) -> Void) {
        guard count > 0 else { return }
        let threads = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = take() {
                let output = work(index)
                lock.lock()
                done[index] = output
                lock.unlock()
                commitReady(commit)
            }
        }
        // Every result is committed by the worker that finished it or by a later one.
        commitReady(commit)
    }

    private func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }

    private func commitReady(_ commit: @Sendable (Int, Output) -> Void) {
        commitLock.lock()
        defer { commitLock.unlock() }
        while true {
            lock.lock()
            let index = nextToCommit
            let output = done.removeValue(forKey: index)
            lock.unlock()
            guard let output else { return }
            commit(index, output)
            lock.lock()
            nextToCommit += 1
            lock.unlock()
        }
    }
}
