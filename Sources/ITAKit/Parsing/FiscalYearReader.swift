import ReportLayout

/// Reads the fiscal year assessed from the title: `ประจำปีงบประมาณ พ.ศ. 2568` (Arabic or Thai
/// digits; the title comes first, so the first mention wins over later ones, such as the year
/// the measures are for).
struct FiscalYearReader {
    func read(_ lines: [DocumentContent.Line]) -> (year: Int, where: Provenance)? {
        let pattern = #"(?:ปีงบประมาณ|ประจำปี)\s*(?:พ\.\s?ศ\.)?\s*([0-9]{4})"#
        for line in lines.prefix(80) {
            guard let match = ThaiNumber.arabicDigits(line.text).firstMatch(of: pattern),
                  let year = Int(match[1]), (2550...2600).contains(year) else { continue }
            return (year, line.provenance)
        }
        return nil
    }
}
