import Foundation

/// Writes an output file whole or not at all: to a temporary file beside it, then renamed over
/// it, so an interrupted run never leaves half a file.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            // rename(2) replaces the old file in one step; nothing is lost if it fails.
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw UsageFailure(message: .cannotWrite(path: path))
        }
    }
}
