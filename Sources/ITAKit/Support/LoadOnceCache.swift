import Foundation

/// Values read from files once per process (a year's framework, units.json), behind a lock.
///
/// Why a lock and not `Mutex`: `Synchronization.Mutex` needs macOS 15, and the package
/// supports macOS 13.
final class LoadOnceCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The cached value for `key`, loading it with `load` the first time. A failed load is not
    /// cached: the next call tries again (after the file is fixed).
    func value(for key: Key, loading load: () throws -> Value) rethrows -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let cached = values[key] { return cached }
        let loaded = try load()
        values[key] = loaded
        return loaded
    }
}
