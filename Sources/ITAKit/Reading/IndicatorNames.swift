import Foundation
import ThaiText

/// Numbered indicator names run together in one cell: `1.การปฏิบัติหน้าที่ 2.การใช้งบประมาณ …`.
enum IndicatorNames {
    /// `1.การปฏิบัติหน้าที่ 2.การใช้งบประมาณ …` or `ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ตัวชี้วัดที่ 10 …`
    /// → (1, การปฏิบัติหน้าที่), (2, การใช้งบประมาณ), …; a group heading between them
    /// (`แบบวัด… (IIT)`) is not part of a name.
    static func numbered(in text: String) -> [(number: Int, name: String)] {
        let digits = ThaiNumber.arabicDigits(text).replacingOccurrences(of: "ตัวชี้วัดที่", with: " ")
        return digits.allMatches(of: #"(?<![0-9.])([0-9]{1,2})(?:\.|\s)\s*([^0-9(]+?)(?=\s*(?:[0-9]{1,2}(?:\.|\s)|แบบ|$))"#).compactMap { match in
            Int(match[1]).map { ($0, match[2].trimmingWhitespace()) }
        }
    }
}
