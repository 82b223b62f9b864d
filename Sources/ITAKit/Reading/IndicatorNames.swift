import Foundation

/// Numbered indicator names run together in one cell: `1.การปฏิบัติหน้าที่ 2.การใช้งบประมาณ …`.
enum IndicatorNames {
    /// `1.การปฏิบัติหน้าที่ 2.การใช้งบประมาณ …` → (1, การปฏิบัติหน้าที่), (2, การใช้งบประมาณ), …;
    /// a group heading between them (`แบบวัด… (IIT)`) is not part of a name.
    static func numbered(in text: String) -> [(number: Int, name: String)] {
        let digits = ThaiNumber.arabicDigits(text)
        return digits.allMatches(of: #"(?<![0-9.])([0-9]{1,2})\.\s*([^0-9(]+?)(?=\s*(?:[0-9]{1,2}\.|แบบ|$))"#).compactMap { match in
            Int(match[1]).map { ($0, match[2].trimmingCharacters(in: .whitespaces)) }
        }
    }
}
