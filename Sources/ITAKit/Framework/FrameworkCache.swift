import Foundation

/// The frameworks loaded once per process, behind a lock.
///
/// Why a lock and not `Mutex`: `Synchronization.Mutex` needs macOS 15, and the package
/// supports macOS 13.
final class FrameworkCache: @unchecked Sendable {
    private let lock = NSLock()
    private var frameworks: [Int: Framework?] = [:]

    /// The cached framework of a year, loading it with `load` the first time (nil when no
    /// template covers the year). A failed load is not cached: the next call tries again
    /// (after the template is fixed).
    func framework(for year: Int, loading load: () throws -> Framework?) throws -> Framework? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = frameworks[year] { return cached }
        let loaded = try load()
        frameworks[year] = loaded
        return loaded
    }
}
