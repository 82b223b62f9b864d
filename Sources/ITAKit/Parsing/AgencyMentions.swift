import Foundation
import ThaiText

/// Finds the agencies a text names, in the order it names them, each with its role
/// (`AgencyMention.Role`). The kinds of agency, the words that end a name glued to the
/// sentence and the words that tell a role are in Templates/reading.json.
struct AgencyMentions {
    let words: ReadingWords
    /// The kinds of agency, longest first, so that เทศบาลเมือง is not read as เทศบาล.
    let typesLongestFirst: [String]

    init(words: ReadingWords) {
        self.words = words
        typesLongestFirst = words.agencyTypes.sorted { $0.count > $1.count }
    }

    /// The kind of a province named as an agency, and the word its name is written with.
    static let provinceKind = "จังหวัด"

    /// A Thai abbreviation: two to five letters and a full stop (`สพฐ.`, `ธอส.`), not part of
    /// a longer word nor the first of dotted letters (`ป.ป.ช.`).
    private static let abbreviationPattern = #"(?<![ก-๙A-Za-z0-9.])[ก-ฮ]{2,5}\.(?![ก-ฮ]\.)"#

    /// The abbreviations in `text` that may stand for an agency: not a date's month
    /// (`1 มค. 67`) nor the assessor's (`ปปช.`).
    func abbreviations(in text: String) -> [Range<String.Index>] {
        text.allMatchRanges(of: Self.abbreviationPattern).filter { range in
            !ThaiDate.endsWithMonth(text[..<range.upperBound])
                && !words.agencyRoles.assessorMarks.contains(where: { text[range].contains($0) })
        }
    }

    /// How far before a name a parent's introducer (`ในสังกัด`) may stand, in characters.
    static let introducerReach = 12
    /// A province named as the agency (`จ.กาญจนบุรี ได้คะแนน`) is the place of the agency
    /// named just before it when no more than this many characters stand between them.
    static let locatorReach = 30

    /// The agencies `text` names, none inside another. With `provinces`, a province on its
    /// own (`จังหวัดกาญจนบุรี`, `จ.กาญจนบุรี`) is a mention too: an agency of its own where a
    /// text reports a province's result, else the locator of the name before it.
    func mentions(in text: String, provinces: Bool = false) -> [AgencyMention] {
        var starts: [(index: String.Index, type: String)] = []
        for type in typesLongestFirst + (provinces ? words.agencyRoles.provinceWords : []) {
            // Most kinds of agency are not in a given text: Foundation's search, which folds
            // character clusters, is asked only where the scalars are.
            guard text.containsExactly(type) else { continue }
            var search = text.startIndex..<text.endIndex
            while let range = text.range(of: type, range: search) {
                starts.append((range.lowerBound, type))
                search = range.upperBound..<text.endIndex
            }
        }
        // Earliest first; at one place the longest kind.
        starts.sort { a, b in a.index != b.index ? a.index < b.index : a.type.count > b.type.count }
        var mentions: [AgencyMention] = []
        var covered = text.startIndex
        for (start, type) in starts where start >= covered {
            let isProvince = words.agencyRoles.provinceWords.contains(type)
            guard let mention = mention(at: start, type: type, in: text, province: isProvince) else { continue }
            var placed = mention
            if isProvince, let previous = mentions.last, Self.isLocator(text[previous.range.upperBound..<start]) {
                placed.role = .locator
            }
            // A governor's or a hall's province (`ผู้ว่าราชการจังหวัด…`, `ศาลากลางจังหวัด…`), or the
            // last part of an address (`… ตำบลหาดกรวด อำเภอเมือง… จังหวัด…`), is a place.
            if isProvince, placed.role == .agency, isPlace(before: text[..<start]) {
                placed.role = .locator
            }
            mentions.append(placed)
            covered = placed.range.upperBound
        }
        return mentions
    }

    /// The name that starts at `start` with its kind, or nil when the kind stands alone.
    private func mention(at start: String.Index, type: String, in text: String, province: Bool) -> AgencyMention? {
        let tail = text[start...]
        // A kind with a verb glued to it (`มหาวิทยาลัยมีผลคะแนน…`) refers back to an agency
        // named before: it names none.
        let afterKind = tail.dropFirst(type.count)
        if words.agencyRoles.verbsAfterKindAlone.contains(where: { afterKind.hasPrefix($0) }) { return nil }
        // The name runs to the first space, or to a word that starts the sentence's verb.
        var end = tail.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) ?? tail.endIndex
        let minimum = tail.index(tail.startIndex, offsetBy: type.count + 2, limitedBy: end) ?? end
        let locators = words.agencyLocatorWords
        let ends = words.agencyNameEndWords + (locators.notAfter.contains(where: tail.hasPrefix) ? [] : locators.words)
        for word in ends {
            if let found = tail[minimum..<end].range(of: word), found.lowerBound < end { end = found.lowerBound }
        }
        var name = String(tail[..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ,.:;()“”\""))
        // A kind alone (`สำนักงาน`, `กรม`) names nothing.
        guard name.count > type.count + 1 else { return nil }
        var provinceName: String?
        if province {
            guard let first = name.dropFirst(type.count).first, first.unicodeScalars.first.map(ThaiCharacter.isThai) == true else { return nil }
            provinceName = String(name.dropFirst(type.count))
            name = Self.provinceKind + name.dropFirst(type.count)
        }
        // A legal status written after the name is part of it: `… (องค์การมหาชน)`.
        let after = text[end...].drop { $0 == " " }
        if let suffix = words.agencyRoles.nameSuffixes.first(where: after.hasPrefix) {
            name += " " + suffix
            end = text.index(after.startIndex, offsetBy: suffix.count)
        }
        return AgencyMention(name: name, type: province ? Self.provinceKind : type, range: start..<end,
                             role: role(of: name, type: type, before: text[..<start], tail: tail), province: provinceName)
    }

    private func role(of name: String, type: String, before: Substring, tail: Substring) -> AgencyMention.Role {
        let roles = words.agencyRoles
        if words.notAgencies.contains(where: { tail.hasPrefix($0) }) || roles.assessorMarks.contains(where: name.contains) {
            return .assessor
        }
        if roles.categories.contains(name) { return .category }
        let near = before.suffix(Self.introducerReach)
        if roles.parentTypes.contains(type) || roles.parentIntroducers.contains(where: { near.contains($0) }) { return .parent }
        return .agency
    }

    /// Whether the words just before a province make it a post's or an address's place.
    private func isPlace(before: Substring) -> Bool {
        if words.agencyRoles.provincePlaceWords.contains(where: before.hasSuffix) { return true }
        let near = String(before.suffix(Self.locatorReach))
        return near.firstMatch(of: #"(?:อำเภอ|อ\.)\s*\S+\s*$"#) != nil
    }

    /// Whether the text between two names makes the second the first's place: spaces, and
    /// at most a district (`อำเภอพล`, `อ.พล`).
    private static func isLocator(_ gap: Substring) -> Bool {
        guard gap.count <= locatorReach else { return false }
        return String(gap).firstMatch(of: #"^[\s,]*(?:(?:อำเภอ|อ\.)\s*\S+[\s,]*)?$"#) != nil
    }
}
