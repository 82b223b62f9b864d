/// How a finding names a results list's row: its position, rank and agency, and its page.
enum ListRowWords {
    /// "แถวที่ 12 (ลำดับที่ 12 วิทยาลัยเทคนิคนาดี หน้า 2)".
    static func thai(_ index: Int, _ result: ListResult) -> String {
        var inside: [String] = []
        if let rank = result.rank { inside.append("ลำดับที่ \(rank)") }
        if let name = result.agency.name { inside.append(name) }
        if let place = result.where?.thaiWords { inside.append(place) }
        return "แถวที่ \(index + 1)" + (inside.isEmpty ? "" : " (\(inside.joined(separator: " ")))")
    }

    /// "row 12 (rank 12, วิทยาลัยเทคนิคนาดี, page 2)".
    static func english(_ index: Int, _ result: ListResult) -> String {
        var inside: [String] = []
        if let rank = result.rank { inside.append("rank \(rank)") }
        if let name = result.agency.name { inside.append(name) }
        if let place = result.where?.englishWords { inside.append(place) }
        return "row \(index + 1)" + (inside.isEmpty ? "" : " (\(inside.joined(separator: ", ")))")
    }

    /// "IIT 27.45 + EIT 28.10 + OIT 38.00" (points) or "IIT 91.50 × 30% + …" (scores).
    static func sum(_ result: ListResult, framework: Framework, points: Bool) -> String {
        framework.tools.compactMap { tool in
            guard let printed = result.tool(tool.code) else { return nil }
            if points, let value = printed.points { return "\(tool.code) \(ScoreText.written(value))" }
            guard let score = printed.score else { return nil }
            return "\(tool.code) \(ScoreText.written(score)) × \(ScoreText.written(tool.weight * 100))%"
        }.joined(separator: " + ")
    }
}
