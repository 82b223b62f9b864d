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
        guard province || Self.abbreviationStands(at: start, type: type, in: text) else { return nil }
        // A kind whose name is written with spaces up to its closing word (`บริษัท … จำกัด`).
        if let closing = words.agencyRoles.namesRunningTo[type] {
            return spacedMention(at: start, type: type, closing: closing, in: text)
        }
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
        // A kind alone (`สำนักงาน`, `กรม`) names nothing; an abbreviated kind may be followed by a
        // number alone (`สพม.1`).
        guard name.count > type.count + (type.hasSuffix(".") ? 0 : 1) else { return nil }
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
        // A numbered part written after a space is part of the name: `… สมุทรปราการ เขต 1`.
        if let part = numberedPart(after: end, in: text) {
            name += " " + part.text
            end = part.end
        }
        return AgencyMention(name: name, type: province ? Self.provinceKind : type, range: start..<end,
                             role: role(of: name, type: type, before: text[..<start], tail: tail), province: provinceName)
    }

    /// The name of a kind written with spaces up to its closing word (`บริษัท วิทยุการบิน…
    /// จำกัด`), with a legal status after it (`(มหาชน)`); nothing when the closing word is not
    /// within `spacedNameReach` characters.
    private func spacedMention(at start: String.Index, type: String, closing: String, in text: String) -> AgencyMention? {
        let tail = text[start...]
        let window = tail.prefix(Self.spacedNameReach)
        guard let close = window.range(of: closing), tail.distance(from: tail.startIndex, to: close.lowerBound) > type.count + 1 else { return nil }
        var end = close.upperBound
        var name = String(text[start..<end])
        let after = text[end...].drop { $0 == " " }
        if let suffix = words.agencyRoles.nameSuffixes.first(where: after.hasPrefix) {
            name += " " + suffix
            end = text.index(after.startIndex, offsetBy: suffix.count)
        }
        return AgencyMention(name: name, type: type, range: start..<end,
                             role: role(of: name, type: type, before: text[..<start], tail: tail), province: nil)
    }

    /// How far, in characters, a name written with spaces may run to its closing word.
    static let spacedNameReach = 80

    /// The numbered part (`เขต 1`, `ภาค 4`) written after a space at `end`, if any.
    private func numberedPart(after end: String.Index, in text: String) -> (text: String, end: String.Index)? {
        let rest = text[end...]
        for word in words.agencyRoles.numberedNameParts {
            let written = String(rest.prefix(word.count + 8))
            guard let match = written.firstRange(ofPattern: "^ {1,2}" + word + #" ?[0-9๐-๙]{1,2}(?![0-9๐-๙])"#) else { continue }
            let length = written.distance(from: written.startIndex, to: match.upperBound)
            let partEnd = text.index(end, offsetBy: length)
            return (String(text[end..<partEnd]).trimmingCharacters(in: .whitespaces), partEnd)
        }
        return nil
    }

    /// Whether an abbreviated kind of one letter (`ม.แม่โจ้`) stands on its own at `start`: not
    /// the end of a longer word or abbreviation (`สจม.`, `ผอ.ม.`), not the first of dotted letters
    /// (`ม.ค.`, a month) and followed by a name's letter, not a number (`ม.6`, a school year).
    static func abbreviationStands(at start: String.Index, type: String, in text: String) -> Bool {
        guard type.hasSuffix("."), type.count == 2 else { return true }
        if start > text.startIndex {
            let previous = text[text.index(before: start)]
            if previous == "." || previous.unicodeScalars.first.map(ThaiCharacter.isThai) == true { return false }
        }
        let after = String(text[start...].dropFirst(type.count).prefix(2))
        return after.firstMatch(of: #"^[ก-ฮเ-ไ](?!\.)"#) != nil
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
