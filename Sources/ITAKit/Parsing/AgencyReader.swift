import Foundation
import ReportLayout

/// Reads the agency from the report's title lines: `เทศบาลเมืองเมืองพล อำเภอพล จังหวัดขอนแก่น`.
struct AgencyReader {
    /// Kinds of agency, longest first so that เทศบาลเมือง is not read as เทศบาล.
    static let types = [
        "องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนตำบล", "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล",
        "กรุงเทพมหานคร", "เมืองพัทยา", "สำนักงานสาธารณสุขจังหวัด", "สำนักงานสาธารณสุขอำเภอ",
        "โรงพยาบาลส่งเสริมสุขภาพตำบล", "โรงพยาบาล", "มหาวิทยาลัย", "สำนักงาน", "กรม", "กระทรวง",
    ]
    /// Abbreviations written for the kinds above.
    static let abbreviations = ["อบจ.": "องค์การบริหารส่วนจังหวัด", "อบต.": "องค์การบริหารส่วนตำบล",
                                "ทน.": "เทศบาลนคร", "ทม.": "เทศบาลเมือง", "ทต.": "เทศบาลตำบล"]

    func read(_ lines: [DocumentContent.Line]) -> Agency? {
        // The first line naming a district and a province, with the agency before them.
        let pattern = #"(\S+)\s*(?:อำเภอ|อ\.)\s*(\S+)\s*(?:จังหวัด|จ\.)\s*(\S+)"#
        for line in lines.prefix(80) {
            // The pattern needs a district word; a line without one is passed over before it.
            guard line.text.containsExactly("อำเภอ") || line.text.containsExactly("อ."),
                  let match = line.text.firstMatch(of: pattern) else { continue }
            var name = match[1]
            for (short, long) in Self.abbreviations where name.hasPrefix(short) {
                name = long + name.dropFirst(short.count).trimmingCharacters(in: .whitespaces)
            }
            let type = Self.types.first { name.hasPrefix($0) }
            return Agency(name: name, type: type, district: match[2], province: match[3], where: line.provenance)
        }
        return nil
    }
}
