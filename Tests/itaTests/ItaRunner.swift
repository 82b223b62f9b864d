import Foundation
import XCTest

/// Runs the `ita` executable as a person runs it, and gives back its exit status, stdout and
/// stderr. Shared by the command-line test files.
struct ItaRun {
    var status: Int32
    /// False when ita was ended by a signal (a crash) rather than exiting.
    var exited: Bool
    var stdout: String
    var stderr: String
}

enum ItaRunner {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path in the repository.
    static func path(_ relative: String) -> String {
        packageRoot.appendingPathComponent(relative).path
    }

    /// A new path in the temporary folder, with this ending; nothing is there yet.
    static func temporaryPath(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("ita-\(UUID().uuidString)\(suffix)").path
    }

    /// Whether the JSON at `path` follows ita's JSON Schema (`Templates/schema/report.schema.json`),
    /// checked by Python's jsonschema.
    static func schemaAccepts(jsonAt path: String) throws -> Bool {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
            """, ItaRunner.path("Templates/schema/report.schema.json"), path]
        try check.run()
        check.waitUntilExit()
        return check.terminationStatus == 0
    }

    /// Runs ita with `arguments`, `input` on stdin and `environment` added to this process's.
    /// A run still going after `limit` seconds is killed, so that a hang fails the test rather
    /// than stopping the suite.
    static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:],
                    limit: TimeInterval = 300) throws -> ItaRun {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("ita")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        let killer = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: killer)
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // stderr is read on another thread, so that neither pipe fills up while the other is read.
        let stderrData = LockedData()
        let readErr = Thread { stderrData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        readErr.start()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        let stderr = stderrData.wait()
        return ItaRun(status: process.terminationStatus, exited: process.terminationReason == .exit,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Data handed from one thread to another.
private final class LockedData: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
        condition.lock()
        data = value
        condition.broadcast()
        condition.unlock()
    }

    func wait() -> Data {
        condition.lock()
        defer { condition.unlock() }
        while data == nil { condition.wait() }
        return data ?? Data()
    }
}
