import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a child process did: its exit status (or the signal that ended it) and its output.
struct ChildResult: Sendable {
    var status: Int32
    /// False when a signal ended it (a crash, or the time limit).
    var exited: Bool
    var timedOut: Bool
    var stdout: Data
    var stderr: Data
}

/// Runs a child `ita` off Swift's cooperative threads (a child can take seconds; blocking the
/// server's few threads while waiting would stall every other request), and kills it when it
/// runs past its time limit.
enum ChildProcess {
    static func run(_ executable: URL, _ arguments: [String], in directory: URL,
                    timeLimit: Double) async throws -> ChildResult {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try runBlocking(executable, arguments, in: directory, timeLimit: timeLimit))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    private static func runBlocking(_ executable: URL, _ arguments: [String], in directory: URL,
                                    timeLimit: Double) throws -> ChildResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        let timedOut = Flag()
        let killer = DispatchWorkItem {
            timedOut.set()
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: killer)
        // stderr on its own thread, so that neither pipe fills while the other is read.
        let errData = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        group.wait()
        return ChildResult(status: process.terminationStatus, exited: process.terminationReason == .exit,
                           timedOut: timedOut.isSet, stdout: outData, stderr: errData.data)
    }

    private final class Box: @unchecked Sendable { var data = Data() }

    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }
}

/// At most `limit` children at a time: the rest wait their turn, so that many uploads at once
/// queue rather than overload the machine.
actor ChildSlots {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = max(1, limit) }

    func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    func withSlot<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await body()
    }
}
