/// ITA026: a results list's ranks out of order or given twice. A rank repeated for the same
/// total is a tie, and the rank after a tie may skip (1, 1, 3) or not (1, 1, 2): neither is a
/// finding. A rank lower than the row before's, or repeated for a different total, is an
/// error; a rank that skips one without a tie before it is a warning (a row left out?).
public struct ListRankRule: ValidationRule {
    public static let code = "ITA026"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let results = context.report.results else { return [] }
        var findings: [Finding] = []
        var previous: (index: Int, result: ListResult, rank: Int)?
        for (index, result) in results.enumerated() {
            guard let rank = result.rank else { continue }
            defer { previous = (index, result, rank) }
            guard let before = previous else { continue }
            let row = (ListRowWords.thai(index, result), ListRowWords.english(index, result))
            let other = (ListRowWords.thai(before.index, before.result), ListRowWords.english(before.index, before.result))
            if rank == before.rank {
                let same = result.overall?.score == before.result.overall?.score
                if same { continue }
                findings.append(Finding(
                    code: Self.code, severity: .error,
                    thai: "\(row.0): ลำดับที่ \(rank) ซ้ำกับ\(other.0) แต่คะแนนรวมไม่เท่ากัน กรุณาตรวจสอบลำดับ",
                    english: "\(row.1): rank \(rank) is given to \(other.1) too, with another total. Check the ranks.",
                    where: result.where, expected: "\(before.rank + 1)", found: "\(rank)", alsoWhere: before.result.where.map { [$0] }))
            } else if rank < before.rank {
                findings.append(Finding(
                    code: Self.code, severity: .error,
                    thai: "\(row.0): ลำดับที่ \(rank) มาหลัง\(other.0) ลำดับไม่เรียงกัน กรุณาตรวจสอบลำดับ",
                    english: "\(row.1): rank \(rank) comes after \(other.1): the ranks are out of order. Check them.",
                    where: result.where, expected: "\(before.rank + 1)", found: "\(rank)", alsoWhere: before.result.where.map { [$0] }))
            } else if rank > before.rank + 1 {
                // A skip after a tie is competition ranking: the rank is the row's position.
                let position = results[...index].filter { $0.rank != nil }.count
                guard rank != position else { continue }
                findings.append(Finding(
                    code: Self.code, severity: .warning,
                    thai: "\(row.0): ลำดับข้ามจาก \(before.rank) เป็น \(rank) โดยไม่มีลำดับที่เท่ากันก่อนหน้า อาจมีแถวตกหล่น กรุณาตรวจสอบ",
                    english: "\(row.1): the ranks jump from \(before.rank) to \(rank) with no tie before: a row may be missing. Check it.",
                    where: result.where, expected: "\(before.rank + 1)", found: "\(rank)"))
            }
        }
        return findings
    }
}
