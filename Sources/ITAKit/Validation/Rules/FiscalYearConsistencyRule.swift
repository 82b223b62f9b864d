import ReportLayout
import ThaiText

/// ITA013: a year the report names that cannot be right.
///
/// - The body names another fiscal year for the assessment than the one the report is of (a
///   report copied from last year's and not wholly updated): a mention of ปีงบประมาณ (พ.ศ.) N
///   or "ITA N" in words about the assessment, or in a line that is only that phrase (a
///   repeated title).
/// - A fiscal year or a signature date far from the year assessed (`farYears`): `3105`.
/// - A signature date (`ประกาศ ณ วันที่ …`) before the year assessed had begun.
///
/// Left alone, as reports are meant to write them: the year the measures are for (usually the
/// next) in words about measures, plans or improvements to come, and last year's result in words that compare
/// (ปีที่ผ่านมา, ปีก่อน, เทียบ). Words are looked for before the year, since the year before
/// it, across the lines of a page (a sentence wraps: `… สูงกว่าปีที่ผ่านมา 2.15 คะแนน` /
/// `(ปีงบประมาณ พ.ศ. 2565 ได้ 85.91 คะแนน)`).
public struct FiscalYearConsistencyRule: ValidationRule {
    public static let code = "ITA013"

    static let yearPatterns = [
        #"(?:ประจำปีงบประมาณ|ปีงบประมาณ|ประจำปี)\s*(?:พ\.\s?ศ\.)?\s*([0-9]{4})"#,
        #"ITA\s*\)?\s*(?:ปี\s*)?(?:พ\.\s?ศ\.)?\s*(25[0-9]{2})(?![0-9])"#,
    ]
    static let assessmentWords = ["ITA", "การประเมิน", "ผลประเมิน", "คุณธรรมและความโปร่งใส"]
    static let comparisonWords = ["เทียบ", "ที่ผ่านมา", "ย้อนหลัง", "ปีก่อน", "ปีที่แล้ว", "จากปี", "ตั้งแต่ปี", "เพิ่มขึ้น", "ลดลง",
                                  "last year", "previous", "since"]
    /// Words of what is to be done: the year after the one assessed is the year they are for.
    static let measureWords = ["มาตรการ", "แผน", "แนวทาง", "ปรับปรุง", "ต่อไป", "ถัดไป"]
    static let signatureWords = ["ประกาศ ณ", "ณ วันที่", "สั่ง ณ"]
    /// How many characters before a year its words are looked for, at most.
    static let contextCharacters = 120
    /// A fiscal year or a date further than this from the year assessed is no slip of one
    /// year: it cannot be the report's.
    static let farYears = 5

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        let lines = context.content.lines
        guard let title = FiscalYearReader().read(lines),
              let titleIndex = lines.firstIndex(where: { $0.provenance == title.where }) else { return [] }
        let assessed = title.assessed
        let measureYear = context.report.measuresFiscalYear ?? context.framework?.measurePeriod.fiscalYear ?? assessed + 1
        var findings: [Finding] = []
        for page in Self.pages(of: Array(lines[(titleIndex + 1)...])) {
            findings += yearMentions(in: page, assessed: assessed, measureYear: measureYear, title: title)
        }
        findings += signatureDates(in: lines, assessed: assessed)
        return findings
    }

    /// The lines of each page (of a text report, each paragraph), joined with a space, and
    /// where each line starts in the joined text.
    private struct Page {
        var text = ""
        /// `text.unicodeScalars.count`, kept as lines are added.
        var length = 0
        var starts: [(offset: Int, line: DocumentContent.Line)] = []

        func line(at offset: Int) -> DocumentContent.Line? {
            starts.last { $0.offset <= offset }?.line
        }
    }

    private static func pages(of lines: [DocumentContent.Line]) -> [Page] {
        var pages: [Page] = []
        var current = Page()
        var previous: DocumentContent.Line?
        for line in lines {
            let samePage = previous.map { $0.provenance.page != nil && $0.provenance.page == line.provenance.page } ?? false
            if !samePage, !current.starts.isEmpty {
                pages.append(current)
                current = Page()
            }
            // Offsets in scalars, counted as the text grows: counting the page again for each line
            // would cost a page's length per line, and scalars, unlike characters, never merge
            // across the space that joins two lines.
            if !current.text.isEmpty {
                current.text += " "
                current.length += 1
            }
            current.starts.append((current.length, line))
            let digits = ThaiNumber.arabicDigits(line.text)
            current.text += digits
            current.length += digits.unicodeScalars.count
            previous = line
        }
        if !current.starts.isEmpty { pages.append(current) }
        return pages
    }

    private func yearMentions(in page: Page, assessed: Int, measureYear: Int, title: FiscalYearReader.Years) -> [Finding] {
        // Both patterns need ปี or ITA: most pages are passed over before the patterns.
        guard page.text.containsExactly("ปี") || page.text.containsExactly("ITA") else { return [] }
        let text = page.text
        var mentions: [(range: Range<String.Index>, year: Int)] = []
        for pattern in Self.yearPatterns {
            for range in text.allMatchRanges(of: pattern) {
                guard let match = String(text[range]).firstMatch(of: pattern), let year = Int(match[1]) else { continue }
                mentions.append((range, year))
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        var findings: [Finding] = []
        var reported = Set<Int>()
        for (index, mention) in mentions.enumerated() where mention.year != assessed {
            let offset = text.unicodeScalars.distance(from: text.startIndex, to: mention.range.lowerBound)
            guard let line = page.line(at: offset), !reported.contains(offset) else { continue }
            // The words since the mention before (of any year), at most `contextCharacters`.
            let earliest = text.index(mention.range.lowerBound, offsetBy: -Self.contextCharacters, limitedBy: text.startIndex) ?? text.startIndex
            let since = index > 0 ? max(mentions[index - 1].range.upperBound, earliest) : earliest
            let before = since < mention.range.lowerBound ? String(text[since..<mention.range.lowerBound]) : ""
            let words = before + String(text[mention.range])
            let compares = Self.has(Self.comparisonWords, in: words)
            // Years long past may be compared with (`ตั้งแต่ปีงบประมาณ พ.ศ. 2558`); none to come.
            if abs(mention.year - assessed) > Self.farYears, mention.year > assessed || !compares {
                reported.insert(offset)
                findings.append(farYear(mention.year, assessed: assessed, title: title, place: line.provenance))
                continue
            }
            if compares { continue }
            // The first year of a period that holds the one assessed (`ในปีงบประมาณ พ.ศ. 2561 - 2564`,
            // a cabinet resolution's years) names the period, not the assessment's year.
            if let end = Self.periodEnd(after: mention.range.upperBound, in: text), end > mention.year,
               (mention.year...end).contains(assessed) { continue }
            if mention.year == measureYear, Self.has(Self.measureWords, in: words) { continue }
            // The sentence may name the assessment after its year: `ในปีงบประมาณ พ.ศ. 2567 …
            // มีผลคะแนนการประเมิน ITA`.
            let latest = text.index(mention.range.upperBound, offsetBy: Self.contextCharacters, limitedBy: text.endIndex) ?? text.endIndex
            let until = index + 1 < mentions.count ? min(mentions[index + 1].range.lowerBound, latest) : latest
            let after = mention.range.upperBound < until ? String(text[mention.range.upperBound..<until]) : ""
            let lineText = ThaiNumber.arabicDigits(line.text)
            let isTitlePhrase = lineText.replacingOccurrences(of: String(text[mention.range]), with: "")
                .allSatisfy { $0.isWhitespace || $0 == "*" || $0 == "#" }
            guard isTitlePhrase || Self.has(Self.assessmentWords, in: words + after) else { continue }
            reported.insert(offset)
            findings.append(Finding(
                code: Self.code, severity: .error,
                thai: "ปีงบประมาณในเนื้อหาเป็น พ.ศ. \(mention.year) แต่ชื่อรายงานเป็นปีงบประมาณ พ.ศ. \(assessed)"
                    + "\(FindingWording.thaiInBrackets(title.where)) กรุณาแก้ให้เป็นปีเดียวกัน "
                    + "(ถ้ารายงานคัดลอกมาจากปีก่อน ให้ตรวจทุกจุดที่ระบุปี)",
                english: "The body gives fiscal year \(mention.year) B.E., but the title gives \(assessed) B.E.\(FindingWording.englishInBrackets(title.where)). "
                    + "Make them the same year (if the report was copied from an earlier year's, check every place that names a year).",
                where: line.provenance, expected: String(assessed), found: String(mention.year)))
        }
        return findings
    }

    /// The last year of a period whose first year ends at `end` (`2561 - 2564`, `2561 ถึง 2564`).
    static func periodEnd(after end: String.Index, in text: String) -> Int? {
        let rest = String(text[end...].prefix(16))
        return rest.firstMatch(of: #"^\s*(?:-|–|—|ถึง|to)\s*(?:พ\.\s?ศ\.\s*)?(25[0-9]{2})(?![0-9])"#).flatMap { Int($0[1]) }
    }

    /// Whether one of `words` is in `text`, white space aside: a line may wrap inside a word
    /// (`จากปี` / `ก่อนหน้า`).
    static func has(_ words: [String], in text: String) -> Bool {
        let squeezed = text.filter { !$0.isWhitespace }
        return words.contains { squeezed.containsExactly($0.filter { !$0.isWhitespace }) }
    }

    private func farYear(_ year: Int, assessed: Int, title: FiscalYearReader.Years, place: Provenance?) -> Finding {
        Finding(
            code: Self.code, severity: .error,
            thai: "ปีงบประมาณ พ.ศ. \(year)\(FindingWording.thaiInBrackets(place)) ห่างจากปีที่ประเมิน (พ.ศ. \(assessed)\(FindingWording.thaiInBrackets(title.where))) "
                + "เกิน \(Self.farYears) ปี จึงไม่น่าจะถูกต้อง กรุณาตรวจตัวเลขปี (เช่น ตัวเลขสลับที่หรือพิมพ์ผิด)",
            english: "Fiscal year \(year) B.E.\(FindingWording.englishInBrackets(place)) is more than \(Self.farYears) years from the year assessed "
                + "(\(assessed) B.E.\(FindingWording.englishInBrackets(title.where))), so it cannot be right. Check the year (digits swapped or mistyped).",
            where: place, expected: String(assessed), found: String(year))
    }

    /// The dates the report is signed or announced on: far from the year assessed, or before
    /// that year had begun (1 ตุลาคม of the year before), they cannot be right.
    private func signatureDates(in lines: [DocumentContent.Line], assessed: Int) -> [Finding] {
        let parser = ThaiDateParser()
        return lines.compactMap { line in
            guard Self.signatureWords.contains(where: line.text.containsExactly),
                  let date = try? parser.date(in: line.text) else { return nil }
            let year = date.buddhistYear
            // Fiscal year N runs from 1 October of N − 1.
            let fiscalYear = date.month >= 10 ? year + 1 : year
            let far = abs(year - assessed) > Self.farYears
            guard far || fiscalYear < assessed else { return nil }
            let shown = "\(date.day) \(FindingWording.thaiMonths[date.month - 1]) \(year)"
            let thaiWhy = far ? "ห่างจากปีที่ประเมิน (พ.ศ. \(assessed)) เกิน \(Self.farYears) ปี"
                : "ก่อนปีงบประมาณ พ.ศ. \(assessed) ที่รายงานนี้ประเมินจะเริ่ม (1 ตุลาคม \(assessed - 1))"
            let englishWhy = far ? "more than \(Self.farYears) years from the year assessed (\(assessed) B.E.)"
                : "before fiscal year \(assessed) B.E., the year this report assesses, began (1 October \(assessed - 1) B.E.)"
            return Finding(
                code: Self.code, severity: .error,
                thai: "วันที่ลงในรายงาน \(shown)\(FindingWording.thaiInBrackets(line.provenance)) \(thaiWhy) จึงไม่น่าจะถูกต้อง กรุณาตรวจวันที่และปี",
                english: "The report is dated \(shown) B.E.\(FindingWording.englishInBrackets(line.provenance)), \(englishWhy), so it cannot be right. Check the date and its year.",
                where: line.provenance, expected: "\(assessed - 1)–\(assessed + 1)", found: String(year))
        }
    }
}
