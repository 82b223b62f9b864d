import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// `ita serve` as a person starts it: what it says, where it listens, and that Ctrl-C leaves no
/// upload folder behind.
final class ServeCommandTests: XCTestCase {
    func testItSaysWhenItListensBeyondThisMachineAndCleansUpOnInterrupt() throws {
        let port = 20_000 + Int.random(in: 0..<20_000)
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("ita-serve-") })
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("ita")
        process.arguments = ["serve", "--host", "0.0.0.0", "--port", String(port)]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until it answers.
        var answered = false
        for _ in 0..<100 where !answered {
            Thread.sleep(forTimeInterval: 0.1)
            answered = Self.accepts(port: port)
        }
        XCTAssertTrue(answered)
        let during = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("ita-serve-") })
        XCTAssertEqual(during.subtracting(before).count, 1, "one private work folder")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(said.contains("ita serve: รับการเชื่อมต่อที่ 0.0.0.0 ไม่ใช่เฉพาะเครื่องนี้"), said)
        XCTAssertTrue(said.contains("http://0.0.0.0:\(port)/"), said)
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("ita-serve-") })
        XCTAssertEqual(after.subtracting(before), [], "the work folder is removed on Ctrl-C")
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
    }

    /// Whether something accepts TCP connections on 127.0.0.1:port.
    static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    func testOnlyThisMachineByDefaultWithoutAWarning() throws {
        let port = 20_000 + Int.random(in: 0..<20_000)
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("ita")
        process.arguments = ["serve", "--port", String(port), "--lang", "en"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var answered = false
        for _ in 0..<100 where !answered {
            Thread.sleep(forTimeInterval: 0.1)
            answered = Self.accepts(port: port)
        }
        XCTAssertTrue(answered)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(said.contains("ita serve: open http://127.0.0.1:\(port)/"), said)
        XCTAssertFalse(said.contains("not only on this machine"), said)
    }
}
