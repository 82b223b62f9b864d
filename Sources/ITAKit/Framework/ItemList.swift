import Foundation

/// A framework's items, read from its template when first asked for: most reports name no
/// question, and decoding 88 of them cost every run milliseconds. A template whose items do
/// not read or check gives none here; `FrameworkLibrary.load(file:)`, which the tests and the
/// template checks use, reads them at once and says what is wrong.
final class ItemList: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [ItemDefinition]?
    private var pending: (data: Data, indicators: [IndicatorDefinition])?

    init(items: [ItemDefinition]) {
        loaded = items
    }

    func set(_ items: [ItemDefinition]) {
        lock.lock()
        defer { lock.unlock() }
        loaded = items
        pending = nil
    }

    func `defer`(data: Data, indicators: [IndicatorDefinition]) {
        lock.lock()
        defer { lock.unlock() }
        loaded = nil
        pending = (data, indicators)
    }

    var items: [ItemDefinition] {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        guard let pending else { return [] }
        struct ItemsOnly: Decodable { var items: [ItemDefinition]? }
        let decoded = (try? JSONDecoder().decode(ItemsOnly.self, from: pending.data))?.items ?? []
        let items = (try? Framework.checked(decoded, indicators: pending.indicators).get()) ?? []
        loaded = items
        self.pending = nil
        return items
    }
}
