import Foundation

/// The name of an indicator as a table row writes it, read from a first cell such as
/// "3.1 จุดแข็ง จำนวน 9 ตัวชี้วัด คือ\n1. การปฏิบัติหน้าที่" or "9.การเปิดเผยข้อมูล (จุดอ่อนที่ต้อง
/// พัฒนา…)": the text after the indicator's number, without markup or a bracketed note,
/// white space made single.
enum IndicatorRowName {
    private static let numbering = try? NSRegularExpression(pattern: #"(?<![0-9.])([0-9]{1,2})\.(?![0-9])"#)
    // Compiled once: `replacingOccurrences(of:options: .regularExpression)` compiles anew each call.
    private static let markup = try? NSRegularExpression(pattern: #"<[A-Za-z/][A-Za-z0-9/]{0,10}>"#)
    private static let note = try? NSRegularExpression(pattern: #"[(（][^)）]*[)）]?"#)

    /// The name after the last `number.` of the cell (the one `AnalysisReader` reads the
    /// number from); nil when the cell has no such number.
    static func name(in cell: String, number: Int) -> String? {
        let text = ThaiNumber.arabicDigits(cell)
        guard let numbering else { return nil }
        let matches = numbering.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard let last = matches.last(where: { match in
            Range(match.range(at: 1), in: text).flatMap { Int(text[$0]) } == number
        }), let end = Range(last.range, in: text)?.upperBound else { return nil }
        return cleaned(String(text[end...]))
    }

    /// Markup (`<p>`) and bracketed notes gone (an unclosed bracket runs to the end: a cell
    /// cut off inside its note), white space made single.
    static func cleaned(_ name: String) -> String {
        // Only a name that may hold markup or a note goes through the expressions.
        var text = name
        if text.contains("<"), let markup {
            text = markup.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
        }
        if text.contains(where: { $0 == "(" || $0 == "（" }), let note {
            text = note.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
