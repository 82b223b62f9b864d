import Foundation

/// One `TesseractEngine` per core, each lent to one page at a time: tesseract's model is loaded
/// once per engine (about a third of a second), not once per page.
public final class TesseractPool: @unchecked Sendable {
    public let languages: String
    private let lock = NSLock()
    private var idle: [TesseractEngine] = []
    private var started = 0
    private let available: DispatchSemaphore
    private let size: Int

    public init(languages: String, size: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.languages = languages
        self.size = max(1, size)
        self.available = DispatchSemaphore(value: max(1, size))
    }

    /// Runs `body` with an engine of its own, waiting for one to be free; engines start when
    /// first needed.
    public func withEngine<T>(_ body: (TesseractEngine) throws -> T) throws -> T {
        available.wait()
        defer { available.signal() }
        let engine = try take()
        defer { give(back: engine) }
        return try body(engine)
    }

    private func take() throws -> TesseractEngine {
        lock.lock()
        if let engine = idle.popLast() {
            lock.unlock()
            return engine
        }
        started += 1
        lock.unlock()
        do {
            return try TesseractEngine(languages: languages)
        } catch {
            lock.lock()
            started -= 1
            lock.unlock()
            throw error
        }
    }

    private func give(back engine: TesseractEngine) {
        lock.lock()
        idle.append(engine)
        lock.unlock()
    }
}
