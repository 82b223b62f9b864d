import Foundation
import ReportLayout
import ThaiText

/// Reads the agency a report or a text is about. In order:
/// 1. a title naming it with its district and province (`เทศบาลเมืองเมืองพล อำเภอพล จังหวัดขอนแก่น`),
///    among the lines up to the one that states the result;
/// 2. the agency the result sentence is about: the last one named before the score
///    (`… สำนักงาน ป.ป.ช. ประกาศผล … โดยกรมพัฒนาที่ดิน ได้รับผลคะแนน 96.81`), never the assessor,
///    a kind of agency in a list or a parent ministry when another is named;
/// 3. the first line that names an agency by its kind (`องค์การบริหารส่วนตำบลหนองบัว`,
///    `อบต.บ้านใหม่`, `มหาวิทยาลัยขอนแก่น`), with or without its district and province;
/// 4. an English name (`Khon Kaen University`): the result sentence's, else its subject
///    (`EnglishSubject`: `Nan Hill scored …`, `the BMA earned …`), else the first line's.
/// Who is named first is often not who was assessed: news names the NACC, a person's post
/// (`นายกเทศมนตรีตำบล…`) or the ministry first. The words are in Templates/reading.json.
struct AgencyReader {
    let words: ReadingWords
    private let finder: AgencyMentions

    init(words: ReadingWords = .load()) {
        self.words = words
        finder = AgencyMentions(words: words)
    }

    /// How many of the first lines may name the agency.
    static let linesSearched = 80

    /// The agency of `lines`; `overall`, when read, places the result sentence.
    func read(_ lines: [DocumentContent.Line], overall: Overall? = nil) -> Agency? {
        let searched = Array(lines.prefix(Self.linesSearched))
        return spelledOut(fuller(named(lines, overall: overall), in: searched), in: searched)
    }

    /// A name by an abbreviated kind (`มทร.พระนคร`) written in full where the text gives the
    /// full name with it in brackets (`มหาวิทยาลัยเทคโนโลยีราชมงคลพระนคร (มทร.พระนคร)`).
    private func spelledOut(_ agency: Agency?, in lines: [DocumentContent.Line]) -> Agency? {
        guard let agency, let name = agency.name,
              words.abbreviatedTypeNames.keys.contains(where: { name.hasPrefix($0) }),
              let full = definition(of: agency, in: lines) else { return agency }
        return full
    }

    /// A name of a kind that has classes written without one (`เทศบาลลาดยาว`), written out in
    /// full where the text writes it so (`เทศบาลตำบลลาดยาว`).
    private func fuller(_ agency: Agency?, in lines: [DocumentContent.Line]) -> Agency? {
        guard let agency, let name = agency.name, let type = agency.type, name.hasPrefix(type) else { return agency }
        let place = name.dropFirst(type.count)
        let classes = finder.typesLongestFirst.filter { $0.count > type.count && $0.hasPrefix(type) }
        guard !classes.isEmpty, !place.isEmpty else { return agency }
        for line in lines {
            for kind in classes where line.text.containsExactly(kind + place) {
                var full = agency
                full.name = kind + place
                full.type = kind
                return full
            }
        }
        return agency
    }

    private func named(_ lines: [DocumentContent.Line], overall: Overall?) -> Agency? {
        let searched = Array(lines.prefix(Self.linesSearched))
        let resultIndex = overall.flatMap { overall in lines.firstIndex { $0.provenance == overall.where } }
        let titleLines = resultIndex.map { searched.prefix($0 + 1) } ?? searched[...]
        if let agency = titled(titleLines) { return agency }
        let first = firstNamed(searched)
        // The result sentence names its agency by an abbreviation the text defines with the full
        // name (`สถาบัน… (สพฉ.)`): news of several agencies' results, whose first agency named
        // by its kind, or the ministry before the abbreviation, is another.
        let defined = resultIndex.flatMap { index in
            overall?.score.flatMap { abbreviatedSubject(of: lines[index], score: $0) }.flatMap { definition(of: $0, in: searched) }
        }
        if let resultIndex, let score = overall?.score, let agency = subject(of: lines, at: resultIndex, score: score) {
            if let defined, agency.type.map(words.agencyRoles.parentTypes.contains) == true { return defined }
            // A headline gives the score with only the parent before it (`… สังกัดกระทรวงคมนาคม` /
            // `… ด้วยคะแนน 97.65`); the body gives it again after the agency's own name.
            if agency.type.map(words.agencyRoles.parentTypes.contains) == true,
               let own = restated(score, in: searched, after: resultIndex) { return own }
            // The same agency named first, as a title names it, keeps where it is.
            // (A name the sentence wraps, `ขององค์การบริหารส่วนตำบลห้วย` / `ทรายงาม`, is cut
            // short there.)
            if let first, let name = agency.name, first.name?.hasPrefix(name) == true { return first }
            return agency
        }
        if let defined { return defined }
        // A result sentence whose subject is an abbreviation with its place (`ศธจ.สุพรรณบุรี มีผล
        // การประเมิน ITA … ระดับ AA`): the text's own agency, though other lines name others.
        if let resultIndex, let leading = leadingAbbreviatedSubject(of: lines[resultIndex]) { return leading }
        // An agency the result sentence names only by its abbreviation (`สพฐ.คว้าผลประเมิน…`),
        // where no line names one in full but a parent.
        // So too where the first agency named in full is named only after the result's line
        // (`กฟผ. ได้ 93.29 คะแนน …` / `… อันดับ 3 บริษัท ปตท.จำกัด (มหาชน)`): another one.
        if first == nil || first?.type.map(words.agencyRoles.parentTypes.contains) == true || namedAfter(first, resultIndex, in: searched),
           let resultIndex, let score = overall?.score, let abbreviated = abbreviatedSubject(of: lines[resultIndex], score: score) {
            return abbreviated
        }
        if let first { return first }
        // A page in English: `Khon Kaen University`, `Pattaya City`, `the Department of Lands`;
        // the one the result sentence names first, never the assessor (`National Anti-Corruption
        // Commission`).
        // Only a name before the score: runners-up follow it (`…, with a score of 94.64. The
        // Election Commission (EC) came in second …`).
        let resultLines = resultIndex.map { [lines[$0]] } ?? []
        if let named = englishNamed(in: resultLines, before: overall?.score) { return named }
        // A result sentence naming its agency by no kind: `Nan Hill scored 93.20 points`,
        // `the BMA earned a score of …` (not another agency a line further on names by its kind).
        if let resultIndex, let score = overall?.score,
           let subject = EnglishSubject(words: words).agency(in: searched, resultLine: lines[resultIndex], score: score) {
            return subject
        }
        return englishNamed(in: searched)
    }

    /// Whether `agency` is named on a line after the one at `index`.
    private func namedAfter(_ agency: Agency?, _ index: Int?, in lines: [DocumentContent.Line]) -> Bool {
        guard let agency, let index, let named = lines.firstIndex(where: { $0.provenance == agency.where }) else { return false }
        return named > index
    }

    /// The agency named just before `score` written again on a line other than the result's.
    private func restated(_ score: Double, in lines: [DocumentContent.Line], after index: Int) -> Agency? {
        for (other, line) in lines.enumerated() where other != index && other != index - 1 {
            let text = expanded(ThaiNumber.arabicDigits(line.text))
            guard let end = scoreStart(score, in: text) else { continue }
            let named = finder.mentions(in: text, provinces: true).filter { $0.range.upperBound <= end }
            if let mention = named.last(where: { $0.role == .agency }) { return agency(mention, in: text, line: line) }
        }
        return nil
    }

    /// The first English agency's name (`Khon Kaen University`) the lines write, not the
    /// assessor's; with `score`, only one written before it.
    private func englishNamed(in lines: [DocumentContent.Line], before score: Double? = nil) -> Agency? {
        for line in lines {
            let end = score.flatMap { scoreStart($0, in: line.text) } ?? line.text.endIndex
            for match in String(line.text[..<end]).allMatches(of: Self.englishName) {
                guard let found = line.text.range(of: match[1]) else { continue }
                let start = line.text.index(found.lowerBound, offsetBy: -Self.assessorNameReach, limitedBy: line.text.startIndex) ?? line.text.startIndex
                // With what continues the name (`The Office of the National Anti-Corruption …`).
                let continued = line.text[found.upperBound...].prefix(Self.assessorNameReach * 3)
                let around = line.text[start..<found.upperBound] + (continued.hasPrefix(" of the ") ? continued : "")
                if words.agencyRoles.assessorMarks.contains(where: { around.contains($0) }) { continue }
                return Agency(name: match[1], type: words.englishAgencyTypes[match[2]] ?? match[2], where: line.provenance)
            }
        }
        return nil
    }

    /// How many characters before an English name are read with it for the assessor's
    /// (`National Anti-Corruption Commission`, where the name matched is its last words).
    static let assessorNameReach = 16

    private static let englishName =
        #"((?:[A-Z][a-z]+ ){0,5}(University|City|Municipality|Hospital|Department|Office|Institute|Authority|Commission)(?: of(?: [A-Z][a-z]+){1,4})?)"#

    /// The first line naming a district and a province, with an agency just before them.
    private func titled(_ lines: ArraySlice<DocumentContent.Line>) -> Agency? {
        let pattern = #"(\S+)\s*(?:อำเภอ|อ\.)\s*(\S+)\s*(?:จังหวัด|จ\.)\s*(\S+)"#
        for line in lines {
            guard line.text.containsExactly("อำเภอ") || line.text.containsExactly("อ."),
                  let match = line.text.firstMatch(of: pattern),
                  let name = nameStart(expanded(match[1])) else { continue }
            return Agency(name: name, type: type(of: name), district: match[2], province: match[3], where: line.provenance)
        }
        return nil
    }

    /// The agency the sentence stating the result is about: the last agency named before its
    /// score, on its line or, when that names none, the line before.
    private func subject(of lines: [DocumentContent.Line], at index: Int, score: Double) -> Agency? {
        for line in [lines[index]] + (index > 0 ? [lines[index - 1]] : []) {
            let text = expanded(ThaiNumber.arabicDigits(line.text))
            let end = line.provenance == lines[index].provenance ? scoreStart(score, in: text) ?? text.endIndex : text.endIndex
            let named = finder.mentions(in: text, provinces: true).filter { $0.range.upperBound <= end }
            guard let mention = named.last(where: { $0.role == .agency }) ?? named.last(where: { $0.role == .parent }) else { continue }
            return agency(mention, in: text, line: line)
        }
        return nil
    }

    /// The last Thai abbreviation (`สพฐ.`, `ธอส.`: letters and a full stop) before the score
    /// on the result's line: not a date's month (`1 มค. 67`) nor the assessor's (`ปปช.`).
    private func abbreviatedSubject(of line: DocumentContent.Line, score: Double) -> Agency? {
        let text = ThaiNumber.arabicDigits(line.text)
        let end = scoreStart(score, in: text) ?? text.endIndex
        let candidates = finder.abbreviations(in: text).filter { range in
            range.upperBound <= end && !(text[..<range.lowerBound].last { !$0.isWhitespace }?.isNumber ?? false)
        }
        guard let range = candidates.last else { return nil }
        return Agency(name: String(text[range]), where: line.provenance)
    }

    /// The subject of a result sentence that opens with an abbreviation and the place glued to
    /// it, followed by the words that end an agency's name (`มีผล`, `ได้รับ`): as written.
    private func leadingAbbreviatedSubject(of line: DocumentContent.Line) -> Agency? {
        let text = ThaiNumber.arabicDigits(line.text)
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let abbreviation = finder.abbreviations(in: text).first, abbreviation.lowerBound == first else { return nil }
        let end = text[abbreviation.upperBound...].firstIndex(where: \.isWhitespace) ?? text.endIndex
        let rest = text[end...].drop(while: \.isWhitespace)
        guard words.agencyNameEndWords.contains(where: { rest.hasPrefix($0) }) else { return nil }
        let name = String(text[first..<end])
        return Agency(name: name, type: words.abbreviatedTypeNames[String(text[abbreviation])], where: line.provenance)
    }

    /// The agency a text names in full with `abbreviated`'s abbreviation in brackets after it
    /// (`สถาบันการแพทย์ฉุกเฉินแห่งชาติ (สพฉ.)`).
    private func definition(of abbreviated: Agency, in lines: [DocumentContent.Line]) -> Agency? {
        guard let short = abbreviated.name else { return nil }
        let bare = short.hasSuffix(".") ? String(short.dropLast()) : short
        for line in lines {
            let text = expanded(line.text)
            for written in ["(" + short + ")", "(" + bare + ")"] {
                guard let bracket = text.range(of: written) else { continue }
                let before = String(text[..<bracket.lowerBound])
                guard let mention = finder.mentions(in: before).last(where: { $0.role == .agency }),
                      before.distance(from: mention.range.upperBound, to: before.endIndex) <= Self.definitionGap else { continue }
                return agency(mention, in: before, line: line)
            }
        }
        return nil
    }

    /// How many characters (spaces) may stand between a full name and its abbreviation in brackets.
    static let definitionGap = 2

    /// The first agency a line names, a parent only where no line names another.
    private func firstNamed(_ lines: [DocumentContent.Line]) -> Agency? {
        var parent: Agency?
        for line in lines {
            let text = expanded(line.text)
            let named = finder.mentions(in: text)
            if let mention = named.first(where: { $0.role == .agency }) { return agency(mention, in: text, line: line) }
            if parent == nil, let mention = named.first(where: { $0.role == .parent }) { parent = agency(mention, in: text, line: line) }
        }
        return parent
    }

    /// The agency a mention names, with the district and province written after it.
    private func agency(_ mention: AgencyMention, in text: String, line: DocumentContent.Line) -> Agency {
        let rest = String(text[mention.range.upperBound...])
        let district = rest.firstMatch(of: #"^\s*(?:อำเภอ|อ\.)\s*(\S+)"#)?[1]
        let province = mention.province
            ?? (rest.firstMatch(of: #"^\s*(?:(?:อำเภอ|อ\.)\s*\S+\s*)?(?:จังหวัด|จ\.)\s*([^\s,)]+)"#)?[1]).map(trimmedProvince)
        // A provincial body's name holds its province: `สำนักงานพัฒนาชุมชนจังหวัดพะเยา`,
        // `องค์การบริหารส่วนจังหวัดสิงห์บุรี`.
        let ownProvince = mention.name.firstMatch(of: #"จังหวัด(\S{2,})$"#)?[1]
        let type = mention.type == "สำนักงาน" && ownProvince != nil ? "สำนักงานจังหวัด" : words.abbreviatedTypeNames[mention.type] ?? mention.type
        return Agency(name: mention.name, type: type, district: district, province: province ?? ownProvince, where: line.provenance)
    }

    /// Where the score stands in `text` (Arabic digits), if it is written there.
    private func scoreStart(_ score: Double, in text: String) -> String.Index? {
        text.allMatchRanges(of: #"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,3})?(?![0-9])"#).first { Double(text[$0]) == score }?.lowerBound
    }

    /// The text with an abbreviated kind written out: `อบต.บ้านใหม่` → `องค์การบริหารส่วนตำบลบ้านใหม่`.
    private func expanded(_ text: String) -> String {
        for (short, long) in words.agencyAbbreviations where text.containsExactly(short) {
            return text.replacingOccurrences(of: short + " ", with: long).replacingOccurrences(of: short, with: long)
        }
        return text
    }

    /// A title's first word may carry words before the name (`ของเทศบาลตำบลบ้านโคก`); a word
    /// that holds no kind of agency is no agency's name (`นายกเทศมนตรีตำบล…` is a post).
    private func nameStart(_ word: String) -> String? {
        for type in finder.typesLongestFirst {
            guard let range = word.range(of: type) else { continue }
            if range.lowerBound == word.startIndex { return word }
            if word.distance(from: word.startIndex, to: range.lowerBound) <= 4 { return String(word[range.lowerBound...]) }
        }
        return nil
    }

    private func type(of name: String) -> String? {
        finder.typesLongestFirst.first { name.hasPrefix($0) }
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
