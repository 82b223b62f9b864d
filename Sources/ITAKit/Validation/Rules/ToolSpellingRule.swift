import ReportLayout
import ThaiText

/// ITA012: an assessment tool written with a misspelt code (`IET` for EIT) or name, in the
/// tool score table (`ToolScore.codeAsWritten`) and in the group rows of the indicator table
/// ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (IET)"), which the parser does not keep. A
/// code the framework does not know is judged by the name beside it; a code nothing
/// identifies (such as ITA) is left alone.
public struct ToolSpellingRule: ValidationRule {
    public static let code = "ITA012"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        guard let framework = context.framework else { return [] }
        var findings: [Finding] = []
        var reported: [Provenance] = []
        let tableRows = context.scoreTables.bodies
        for tool in context.report.tools {
            guard let written = tool.codeAsWritten, NameKey.of(written) != NameKey.of(tool.code),
                  let definition = framework.tool(tool.code) else { continue }
            // The code is in the row's label cell; the parser gives the place of its score.
            let label = tableRows.joined().first { $0.cells.last?.provenance == tool.where }?.cells.first
            findings.append(codeFinding(written, taken: definition, place: label?.provenance ?? tool.where))
            if let place = tool.where { reported.append(place) }
        }
        let names = framework.tools.flatMap { tool in ([tool.thaiName] + tool.aliases).map { (name: $0, tool: tool) } }
        let matcher = ThaiNameMatcher(candidates: names.map(\.name))
        let indicatorMatcher = ThaiNameMatcher(candidates: framework.indicators.map(\.name))
        for rows in tableRows {
            for row in rows {
                guard let label = row.cells.first, let (written, name) = Self.codeAndName(in: label.text) else { continue }
                let place = label.provenance
                let byName = names.first { NameKey.of($0.name) == NameKey.of(name) }?.tool
                    ?? matcher.bestMatch(for: name).map { names[$0.index].tool }
                guard let definition = framework.tool(written) else {
                    if let byName, !name.isEmpty {
                        findings.append(unknownCodeFinding(written, name: name, taken: byName, place: place))
                    }
                    continue
                }
                let alreadyReported = row.cells.contains { cell in reported.contains(cell.provenance) }
                if NameKey.of(written) != NameKey.of(definition.code), !alreadyReported {
                    findings.append(codeFinding(written, taken: definition, place: place))
                }
                let isOwnName = ([definition.thaiName] + definition.aliases).contains { NameKey.of($0) == NameKey.of(name) }
                // An indicator row marked with its tool ("1.การปฏิบัติหน้าที่ (IIT)") names the
                // indicator, not the tool.
                let namesIndicator = byName == nil
                    && (framework.indicator(named: name) != nil || indicatorMatcher.bestMatch(for: name) != nil)
                if !name.isEmpty, !isOwnName, !namesIndicator {
                    findings.append(nameFinding(name, code: written, definition: definition, byName: byName, place: place))
                }
            }
        }
        return findings
    }

    /// The code in brackets in a tool row's first cell, and the name before it (numbering
    /// and white space aside): "แบบวัด… (IET)" → ("IET", "แบบวัด…").
    static func codeAndName(in label: String) -> (code: String, name: String)? {
        guard let match = label.firstMatch(of: #"[(（]\s*([A-Za-z]{3,4})\s*[)）]"#),
              let range = label.range(of: match[0]) else { return nil }
        var name = String(label[..<range.lowerBound])
        if let (_, rest) = ThaiNumber.leadingNumber(name) { name = rest }
        return (match[1], name.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    private func codeFinding(_ written: String, taken definition: ToolDefinition, place: Provenance?) -> Finding {
        Finding(
            code: Self.code, severity: .warning,
            thai: "รหัสเครื่องมือเขียนว่า “\(written)” ซึ่งไม่ใช่รหัสที่ ป.ป.ช. ใช้ ita ถือว่าเป็น \(definition.code) "
                + "(\(definition.thaiName)) กรุณาแก้เป็น “\(definition.code)”",
            english: "The tool code is written “\(written)”, which is not a code the NACC uses; ita took it for \(definition.code) "
                + "(\(definition.thaiName)). Write “\(definition.code)”.",
            where: place, expected: definition.code, found: written)
    }

    private func unknownCodeFinding(_ written: String, name: String, taken definition: ToolDefinition, place: Provenance?) -> Finding {
        Finding(
            code: Self.code, severity: .warning,
            thai: "รหัสเครื่องมือเขียนว่า “\(written)” ซึ่งไม่ใช่รหัสที่ ป.ป.ช. ใช้ ชื่อ “\(name)” ที่อยู่คู่กันเป็นชื่อของ \(definition.code) "
                + "กรุณาแก้รหัสเป็น “\(definition.code)”",
            english: "The tool code is written “\(written)”, which is not a code the NACC uses; the name beside it, “\(name)”, is that of \(definition.code). "
                + "Write “\(definition.code)”.",
            where: place, expected: definition.code, found: written)
    }

    private func nameFinding(_ name: String, code written: String, definition: ToolDefinition, byName: ToolDefinition?, place: Provenance?) -> Finding {
        if let other = byName, other.code != definition.code {
            return Finding(
                code: Self.code, severity: .warning,
                thai: "แถวนี้ใช้รหัส “\(written)” (\(definition.code)) แต่ชื่อ “\(name)” เป็นชื่อของ \(other.code) "
                    + "กรุณาแก้รหัสหรือชื่อให้ตรงกัน: \(definition.code) คือ “\(definition.thaiName)”",
                english: "This row has the code “\(written)” (\(definition.code)) but the name “\(name)”, which is that of \(other.code). "
                    + "Make the code and the name agree: \(definition.code) is “\(definition.thaiName)”.",
                where: place, expected: definition.thaiName, found: name)
        }
        return Finding(
            code: Self.code, severity: .warning,
            thai: "ชื่อเครื่องมือ \(definition.code) เขียนว่า “\(name)” ไม่ตรงกับชื่อที่ ป.ป.ช. ใช้ “\(definition.thaiName)” "
                + "ita ถือตามรหัสว่าเป็น \(definition.code) กรุณาแก้ชื่อให้ตรงกับที่กำหนด",
            english: "The name of tool \(definition.code) is written “\(name)”, not the NACC's name “\(definition.thaiName)”; "
                + "ita took the row for \(definition.code) by its code. Write the name as the NACC does.",
            where: place, expected: definition.thaiName, found: name)
    }
}
