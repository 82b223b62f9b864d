import ITAKit

/// Findings as lines for people: `ข้อผิดพลาด ITA001 หน้า 3: … (พบ 96.28, ควรเป็น 97.28)`
/// (in a Word document `ตารางที่ 3 แถวที่ 4`, `ย่อหน้าที่ 12`), and a closing count. Notes
/// (`หมายเหตุ`) are counted apart: they say what a text does not hold, and are no problem.
struct FindingText {
    var english: Bool

    func render(_ findings: [Finding], kind: Source.Kind) -> String {
        var lines = findings.map(line)
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let notes = findings.filter { $0.severity == .note }.count
        if errors + warnings == 0 {
            lines.append(english ? "No problem found." : "ไม่พบสิ่งที่ต้องแก้ไข")
        } else {
            lines.append(english ? "\(errors) errors, \(warnings) warnings." : "ข้อผิดพลาด \(errors) รายการ คำเตือน \(warnings) รายการ")
        }
        if notes > 0 { lines[lines.count - 1] += english ? " \(notes) notes." : " หมายเหตุ \(notes) รายการ" }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ finding: Finding) -> String {
        let severity = english ? finding.severity.englishWord : finding.severity.thaiWord
        // A finding about two places names both: "หน้า 3, 9".
        let places = [finding.where].compactMap { $0 } + (finding.alsoWhere ?? [])
        var place = ""
        let pages = places.compactMap(\.page).uniqued()
        let lines = places.compactMap(\.line).uniqued()
        if !pages.isEmpty {
            let list = pages.map(String.init).joined(separator: ", ")
            place = english ? " page\(pages.count > 1 ? "s" : "") \(list)" : " หน้า \(list)"
        } else if !lines.isEmpty {
            let list = lines.map(String.init).joined(separator: ", ")
            place = english ? " line\(lines.count > 1 ? "s" : "") \(list)" : " บรรทัด \(list)"
        } else {
            // A Word document: "ตารางที่ 3 แถวที่ 4", "ย่อหน้าที่ 12".
            let words = places.compactMap { english ? $0.englishWords : $0.thaiWords }.uniqued()
            if !words.isEmpty { place = " " + words.joined(separator: english ? "; " : ", ") }
        }
        var text = "\(severity) \(finding.code)\(place): \(english ? finding.english : finding.thai)"
        var details: [String] = []
        if let found = finding.found { details.append(english ? "found \(found)" : "พบ \(found)") }
        if let expected = finding.expected { details.append(english ? "expected \(expected)" : "ควรเป็น \(expected)") }
        if !details.isEmpty { text += " (" + details.joined(separator: ", ") + ")" }
        return text
    }
}

private extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
