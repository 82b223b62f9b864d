import ReportLayout

/// Reads the overall score and level from the summary sentence:
/// `… โดยมีค่าคะแนน เท่ากับ 97.28 คะแนน อยู่ในระดับ “ผ่านดี”`.
struct OverallReader {
    /// Level names of the year's framework, longest first, so that ผ่านดีเยี่ยม is not read as ผ่าน.
    var levelNames: [String]

    func read(_ lines: [DocumentContent.Line]) -> Overall? {
        // Sentences may wrap: look at each line with the next one joined.
        for (index, line) in lines.enumerated() {
            let text = ([line] + lines.dropFirst(index + 1).prefix(1)).map(\.text).joined(separator: " ")
            let digits = ThaiNumber.arabicDigits(text)
            guard let match = digits.firstMatch(of: #"คะแนน\s*(?:เท่ากับ|รวม|คือ|=)?\s*(?:ร้อยละ\s*)?([0-9]{1,3}(?:\.[0-9]+)?)\s*(?:คะแนน)?[^0-9]{0,30}?ระดับ\s*[“"'‘]?\s*([^”"'’\s]+)"#),
                  let score = Double(match[1]) else { continue }
            let written = match[2]
            let level = levelNames.sorted { $0.count > $1.count }.first { written.hasPrefix($0) } ?? written
            // The place of the line the score is written on, which may be the second one.
            let scoreLine = ThaiNumber.arabicDigits(line.text).contains(match[1]) || index + 1 >= lines.count ? line : lines[index + 1]
            return Overall(score: score, level: level, where: scoreLine.provenance)
        }
        return nil
    }
}
