import Foundation

/// `--pages`: one page (`3`), a range (`3-5`), or from a page to the end (`3-`).
struct PageRange: Equatable {
    var first: Int
    var last: Int?

    init?(_ text: String) {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = Int(parts[0]), first >= 1 else { return nil }
        self.first = first
        if parts.count == 1 {
            last = first
        } else if parts[1].isEmpty {
            last = nil
        } else {
            guard let last = Int(parts[1]), last >= first else { return nil }
            self.last = last
        }
    }

    /// The pages of a document with `pageCount` pages, or nil when the range starts after its end.
    func pages(in pageCount: Int) -> ClosedRange<Int>? {
        guard first <= pageCount else { return nil }
        return first...min(last ?? pageCount, pageCount)
    }
}
