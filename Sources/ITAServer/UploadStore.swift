import Foundation
import ITAKit

/// The PDFs and Word documents read lately, kept in memory (never on disk) so that their pages
/// can be drawn with the findings on them, and a Word document's paragraphs and rows shown. The oldest go first once there are more than `capacity`, or more than
/// `maxBytes` in all, or they are older than `lifetime`; nothing survives the server.
actor UploadStore {
    struct Upload: Sendable {
        var data: Data
        var fileName: String
        var password: String?
        var pages: Int
        var diagnostics: [Diagnostic]
        var added: Date
        /// A Word document: no pages, its places are paragraphs and table rows.
        var isWordDocument = false
    }

    private let capacity: Int
    private let maxBytes: Int
    private let lifetime: TimeInterval
    private var bytes = 0
    private var uploads: [String: Upload] = [:]
    private var order: [String] = []

    init(capacity: Int = 32, maxBytes: Int = 256 * 1024 * 1024, lifetime: TimeInterval = 3600) {
        self.capacity = capacity
        self.maxBytes = maxBytes
        self.lifetime = lifetime
    }

    /// Keeps `upload` and gives its id: 128 random bits, so ids cannot be guessed.
    func add(_ upload: Upload) -> String {
        expire()
        var generator = SystemRandomNumberGenerator()
        let id = (0..<2).map { _ in String(generator.next() as UInt64, radix: 16).leftPadded(16) }.joined()
        uploads[id] = upload
        order.append(id)
        bytes += upload.data.count
        // The newest is kept even when it alone is over the byte limit.
        while order.count > capacity || (bytes > maxBytes && order.count > 1) { drop(order[0]) }
        return id
    }

    func upload(_ id: String) -> Upload? {
        expire()
        return uploads[id]
    }

    var count: Int { uploads.count }

    private func expire() {
        let now = Date()
        for id in order where uploads[id].map({ now.timeIntervalSince($0.added) > lifetime }) ?? true {
            drop(id)
        }
    }

    private func drop(_ id: String) {
        if let upload = uploads.removeValue(forKey: id) { bytes -= upload.data.count }
        order.removeAll { $0 == id }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
