import Foundation
import ReportLayout

/// Reads the agency from the report's first lines: a title naming it with its district and
/// province (`เทศบาลเมืองเมืองพล อำเภอพล จังหวัดขอนแก่น`), or a line that names an agency by its
/// kind (`องค์การบริหารส่วนตำบลหนองบัว`, `อบต.บ้านใหม่`, `มหาวิทยาลัยขอนแก่น`), with or without
/// its district and province, alone or inside a sentence. The kinds, their abbreviations, the
/// names that are not the reporting agency (the NACC) and the words that end a name glued to
/// the sentence are in Templates/reading.json.
struct AgencyReader {
    let words: ReadingWords
    /// The kinds of agency, longest first, so that เทศบาลเมือง is not read as เทศบาล.
    private let typesLongestFirst: [String]

    init(words: ReadingWords = .load()) {
        self.words = words
        typesLongestFirst = Self.longestFirst(words.agencyTypes)
    }

    private static func longestFirst(_ types: [String]) -> [String] {
        types.sorted { $0.count > $1.count }
    }

    /// How many of the first lines may name the agency.
    static let linesSearched = 80

    func read(_ lines: [DocumentContent.Line]) -> Agency? {
        let searched = lines.prefix(Self.linesSearched)
        // The first line naming a district and a province, with the agency before them.
        let pattern = #"(\S+)\s*(?:อำเภอ|อ\.)\s*(\S+)\s*(?:จังหวัด|จ\.)\s*(\S+)"#
        for line in searched {
            guard line.text.containsExactly("อำเภอ") || line.text.containsExactly("อ."),
                  let match = line.text.firstMatch(of: pattern),
                  let name = expanded(match[1]).flatMap(nameStart) else { continue }
            return Agency(name: name, type: type(of: name), district: match[2], province: match[3], where: line.provenance)
        }
        // Else the first line that names an agency by its kind.
        for line in searched {
            guard let (name, rest) = agency(in: line.text) else { continue }
            let district = String(rest).firstMatch(of: #"^\s*(?:อำเภอ|อ\.)\s*(\S+)"#)?[1]
            let province = String(rest).firstMatch(of: #"^\s*(?:(?:อำเภอ|อ\.)\s*\S+\s*)?(?:จังหวัด|จ\.)\s*([^\s,)]+)"#)?[1]
            return Agency(name: name, type: type(of: name), district: district, province: province.map(trimmedProvince),
                          where: line.provenance)
        }
        // A page in English: `Khon Kaen University`, `Pattaya City`, `the Department of Lands`.
        for line in searched {
            guard let match = line.text.firstMatch(of: Self.englishName) else { continue }
            return Agency(name: match[1], type: words.englishAgencyTypes[match[2]] ?? match[2], where: line.provenance)
        }
        return nil
    }

    private static let englishName =
        #"((?:[A-Z][a-z]+ ){0,5}(University|City|Municipality|Hospital|Department|Office|Institute|Authority|Commission)(?: of(?: [A-Z][a-z]+){1,4})?)"#

    /// The agency a line names, and the text after its name.
    private func agency(in text: String) -> (name: String, rest: Substring)? {
        let text = expanded(text) ?? text
        for type in typesLongestFirst {
            var search = text.startIndex..<text.endIndex
            while let range = text.range(of: type, range: search) {
                search = range.upperBound..<text.endIndex
                let tail = text[range.lowerBound...]
                if words.notAgencies.contains(where: { tail.hasPrefix($0) }) { continue }
                // The name runs to the first space, or to a word that starts the sentence's verb.
                var end = tail.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) ?? tail.endIndex
                let minimum = tail.index(tail.startIndex, offsetBy: type.count + 2, limitedBy: end) ?? end
                let locators = words.agencyLocatorWords
                let ends = words.agencyNameEndWords + (locators.notAfter.contains(where: tail.hasPrefix) ? [] : locators.words)
                for word in ends {
                    if let found = tail[minimum..<end].range(of: word), found.lowerBound < end { end = found.lowerBound }
                }
                let name = String(tail[..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ,.:;()“”\""))
                // A kind alone (`สำนักงาน`, `กรม`) names nothing.
                guard name.count > type.count + 1 else { continue }
                return (name, tail[end...])
            }
        }
        return nil
    }

    /// The text with an abbreviated kind written out: `อบต.บ้านใหม่` → `องค์การบริหารส่วนตำบลบ้านใหม่`.
    private func expanded(_ text: String) -> String? {
        for (short, long) in words.agencyAbbreviations where text.containsExactly(short) {
            return text.replacingOccurrences(of: short + " ", with: long).replacingOccurrences(of: short, with: long)
        }
        return text
    }

    /// A title's first word may carry words before the name: `ของเทศบาลตำบลบ้านโคก`.
    private func nameStart(_ word: String) -> String? {
        for type in typesLongestFirst {
            if let range = word.range(of: type), range.lowerBound != word.startIndex,
               word.distance(from: word.startIndex, to: range.lowerBound) <= 4 {
                return String(word[range.lowerBound...])
            }
        }
        return word
    }

    private func type(of name: String) -> String? {
        typesLongestFirst.first { name.hasPrefix($0) }
    }

    private func trimmedProvince(_ text: String) -> String {
        var province = text
        for word in words.agencyNameEndWords where province.count > word.count + 1 {
            if let range = province.range(of: word), range.lowerBound != province.startIndex {
                province = String(province[..<range.lowerBound])
            }
        }
        return province
    }
}
