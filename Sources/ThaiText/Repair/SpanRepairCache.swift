import Foundation

/// The outcome of repairing each span already seen, shared by every copy of one repairer.
///
/// A report repeats its words on every page (agency and unit names, ITA terms): a span is
/// worked out once, and a repeat costs a lookup. The outcome depends only on the span, its
/// protected tail, the evidence of systematic damage and the kinds its line rules out, which
/// together make the key.
final class SpanRepairCache: @unchecked Sendable {
    struct Key: Hashable {
        var span: [Unicode.Scalar]
        var protectedTail: Int
        var evidence: Set<ThaiDamageKind>
        var ruledOut: Set<ThaiDamageKind>
    }

    /// The repaired span and its kinds of damage, or nil (nothing to repair).
    typealias Outcome = ([Unicode.Scalar], [ThaiDamageKind])?

    private let lock = NSLock()
    private var outcomes: [Key: Outcome] = [:]
    /// Spans beyond this many are worked out but not kept, to bound memory on long inputs.
    private let capacity: Int

    init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    func outcome(for key: Key, computing compute: () -> Outcome) -> Outcome {
        lock.lock()
        if let known = outcomes[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = compute()
        lock.lock()
        if outcomes.count < capacity { outcomes[key] = computed }
        lock.unlock()
        return computed
    }
}

/// What the wholesale tone repair made of each word and each pair of neighbouring words it
/// tested for a line's evidence (`WholesaleToneRepair`), shared like `SpanRepairCache`: every
/// line of a report with no low tone mark is tested, and its words repeat.
final class WordMarkingCache: @unchecked Sendable {
    private let lock = NSLock()
    private var markings: [[Unicode.Scalar]: Bool] = [:]
    private let capacity: Int

    init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    /// Whether `key` (a word, or two words joined by a space) can be marked.
    func isMarkable(_ key: [Unicode.Scalar], computing compute: () -> Bool) -> Bool {
        lock.lock()
        if let known = markings[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = compute()
        lock.lock()
        if markings.count < capacity { markings[key] = computed }
        lock.unlock()
        return computed
    }
}
