import ITAStore

/// An agency's trend as lines for people, a tab between columns:
///
///     เทศบาลเมืองเมืองพล จังหวัดขอนแก่น
///     ตัวชี้วัด	2567	2568	เปลี่ยนแปลง
///     คะแนนรวม	95.1	97.28	+2.18
///     ระดับ	ผ่าน	ผ่านดี	ดีขึ้น
///     1 การปฏิบัติหน้าที่ (IIT)	98	100	+2
struct TrendText {
    var language: Language

    func render(_ trend: AgencyTrend) -> String {
        let word = { (w: DatasetWords) in w.text(in: language) }
        let place = trend.province.map { language == .en ? ", \($0)" : " จังหวัด\($0)" } ?? ""
        var lines = [trend.agency + place]
        lines.append(([word(.indicator)] + trend.years.map { String($0.fiscalYear) } + [word(.change)]).joined(separator: "\t"))
        lines.append(([word(.overall)] + trend.years.map { Self.score($0.overall) }
                      + [Self.change(trend.years.last?.overallChange)]).joined(separator: "\t"))
        let levels = trend.years.map { year -> String in
            guard let level = year.level else { return year.passes.map { word($0 ? .passes : .fails) } ?? "-" }
            return level
        }
        let levelChange = trend.years.count > 1 ? trend.years.last?.levelChange.map(changeWord) ?? "-" : "-"
        lines.append(([word(.level)] + levels + [levelChange]).joined(separator: "\t"))
        for indicator in trend.indicators {
            let label = "\(indicator.number) \(indicator.name) (\(indicator.tool))"
            lines.append(([label] + indicator.scores.map { Self.score($0.score) } + [Self.change(indicator.change)])
                .joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func changeWord(_ change: LevelStanding.Change) -> String {
        switch change {
        case .better: return DatasetWords.better.text(in: language)
        case .same: return DatasetWords.same.text(in: language)
        case .worse: return DatasetWords.worse.text(in: language)
        }
    }

    static func score(_ value: Double?) -> String {
        value.map(DatasetValue.score) ?? "-"
    }

    /// +2.18, -1, 0; "-" when there is nothing to compare.
    static func change(_ value: Double?) -> String {
        guard let value else { return "-" }
        return (value > 0 ? "+" : "") + DatasetValue.score(value)
    }
}
