import Foundation

/// The frameworks loaded once per process, behind a lock.
///
/// Why a lock and not `Mutex`: `Synchronization.Mutex` needs macOS 15, and the package
/// supports macOS 13.
final class FrameworkCache: @unchecked Sendable {
    private let lock = NSLock()
    private var frameworks: [Int: Framework]?

    /// The cached frameworks, loading them with `load` the first time. A failed load is not
    /// cached: the next call tries again (after the template is fixed).
    func frameworks(loading load: () throws -> [Int: Framework]) throws -> [Int: Framework] {
        lock.lock()
        defer { lock.unlock() }
        if let frameworks { return frameworks }
        let loaded = try load()
        frameworks = loaded
        return loaded
    }
}
