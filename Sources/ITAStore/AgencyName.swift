import ThaiText

/// The form in which agencies are matched across reports and years: the same agency is
/// written เทศบาลเมืองเมืองพล one year and ทม.เมืองพล the next, with or without spaces,
/// with a SARA AM split in two by its PDF. Names are compared with the usual abbreviations
/// spelled out, Thai repaired by `ThaiNormalizer`, without white space or quotation marks;
/// provinces without the word จังหวัด (or จ.).
public enum AgencyName {
    /// The abbreviations of local government agencies, and what they stand for. Written with
    /// a dot (ทม.เมืองพล) or followed by a space (อบต บ้านเป็ด).
    public static let abbreviations: [(short: String, full: String)] = [
        ("อบจ", "องค์การบริหารส่วนจังหวัด"),
        ("อบต", "องค์การบริหารส่วนตำบล"),
        ("ทน", "เทศบาลนคร"),
        ("ทม", "เทศบาลเมือง"),
        ("ทต", "เทศบาลตำบล"),
    ]

    private static let normalizer = ThaiNormalizer()
    private static let dropped: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "\u{200B}"]

    /// The name with its abbreviation spelled out, otherwise as written (trimmed):
    /// `ทม.เมืองพล` → `เทศบาลเมืองเมืองพล`.
    public static func expanded(_ name: String) -> String {
        let trimmed = normalizer.normalize(name).trimmingWhitespace
        for (short, full) in abbreviations {
            for lead in [short + ".", short + " "] where trimmed.hasPrefix(lead) {
                return full + String(trimmed.dropFirst(lead.count)).trimmingWhitespace
            }
        }
        return trimmed
    }

    /// The key two names of one agency share.
    public static func key(_ name: String) -> String {
        String(expanded(name).filter { !$0.isWhitespace && !dropped.contains($0) })
    }

    /// The province without the word จังหวัด (or จ.): `จังหวัดขอนแก่น` → `ขอนแก่น`; nil when
    /// nothing is left.
    public static func province(_ province: String?) -> String? {
        guard let province else { return nil }
        var text = normalizer.normalize(province).trimmingWhitespace
        for lead in ["จังหวัด", "จ."] where text.hasPrefix(lead) {
            text = String(text.dropFirst(lead.count)).trimmingWhitespace
            break
        }
        return text.isEmpty ? nil : text
    }

    /// The key of a province: `จังหวัดขอนแก่น`, `จ.ขอนแก่น` and `ขอนแก่น` are one; "" when
    /// the report does not say.
    public static func provinceKey(_ province: String?) -> String {
        String((Self.province(province) ?? "").filter { !$0.isWhitespace && !dropped.contains($0) })
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
