import Foundation

/// Outcomes already worked out, by key, shared by every copy of one repairer across threads.
/// A report repeats its words on every page (agency and unit names, ITA terms): each is worked
/// out once, and a repeat costs a lookup. Past `capacity` keys, outcomes are worked out but not
/// kept, to bound memory on long inputs.
final class RepairCache<Key: Hashable, Outcome>: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Key: Outcome] = [:]
    private let capacity: Int

    init(capacity: Int) {
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

/// The key of a span's repair: the outcome depends only on the span, its protected tail, the
/// evidence of systematic damage and the kinds its line rules out.
struct SpanRepairKey: Hashable {
    var span: [Unicode.Scalar]
    var protectedTail: Int
    var evidence: Set<ThaiDamageKind>
    var ruledOut: Set<ThaiDamageKind>
    /// Whether a word that introduces a name (`อ.`) stands just before the span.
    var afterNameIntroducer = false
    /// Whether the span's line showed spaces that stood for lost letters elsewhere.
    var lineLostLetters = false
}

/// The repaired span and its kinds of damage, or nil (nothing to repair), by span.
typealias SpanRepairCache = RepairCache<SpanRepairKey, ([Unicode.Scalar], [ThaiDamageKind])?>

/// Whether the wholesale tone repair can mark each word and each pair of neighbouring words
/// (joined by a space) it tested for a line's evidence (`WholesaleToneRepair`): every line of
/// a report with no low tone mark is tested, and its words repeat.
typealias WordMarkingCache = RepairCache<[Unicode.Scalar], Bool>
