import ReportLayout
import ThaiText

/// Reads the fiscal year assessed, and the year the measures are for when the report names
/// it, from the years its first lines write (`ประจำปีงบประมาณ พ.ศ. 2568`, `ITA 2565`, `ปี 2567`;
/// Arabic or Thai digits).
///
/// A report of measures is often titled with the next year (`มาตรการส่งเสริมคุณธรรม… ประจำปี
/// งบประมาณ พ.ศ. 2567`) and built on the result of the year before (`ผลการประเมิน ITA … 2566`):
/// a year is the one assessed when the words before it speak of the assessment or its result,
/// the measures' when they speak of measures or plans. A text that gives no year but a date
/// (`24 ส.ค.66`) is taken to be of that year's assessment, which the NACC announces then.
struct FiscalYearReader {
    var words: ReadingWords = .load()

    /// How many of the first lines may name the year.
    static let linesSearched = 80

    /// How many characters before a year may hold the words that make it another year than
    /// the one assessed (`ปีที่ผ่านมา`, `เพิ่มขึ้น … จาก`).
    static let otherYearWordsReach = 40

    private static let yearPattern = #"((?:ปีงบประมาณ|ประจำปี|ปี|ITA|พ\.\s?ศ\.|B\.E\.|fiscal year|FY)\s*(?:พ\.\s?ศ\.)?\s*)(25[0-9]{2})(?![0-9])"#

    private static let gregorianYearPattern =
        #"(?i)(?:fiscal year|FY|ITA)\s*(20[0-9]{2})(?![0-9])|(?<![0-9])(20[0-9]{2})\s+(?:ITA|Integrity and Transparency|fiscal year)"#

    /// How many of the first lines may hold an English page's dateline.
    static let datelineLines = 5

    private static let englishDatePattern =
        #"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:[0-9]{1,2},?\s+)?(20[0-9]{2})(?![0-9])"#

    struct Years {
        var assessed: Int
        var measures: Int?
        var `where`: Provenance?
    }

    /// How many characters before a score a Gregorian year opening its sentence may stand.
    static let resultYearReach = 80

    /// The year of an English sentence that opens with it and states the result: `In 2020,
    /// Thammasat … was assessed with A grade, 92.08 …` (as พ.ศ.). Only for a text that names
    /// the year nowhere else: a history of scores writes such years too (`In 2018, the city
    /// scored 79.64`).
    func gregorianYear(beforeScore score: Double, in text: String) -> Int? {
        let digits = ThaiNumber.arabicDigits(text)
        guard let scoreAt = digits.allMatchRanges(of: #"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,3})?(?![0-9])"#)
            .first(where: { Double(digits[$0]) == score })?.lowerBound else { return nil }
        let start = digits.index(scoreAt, offsetBy: -Self.resultYearReach, limitedBy: digits.startIndex) ?? digits.startIndex
        var before = String(digits[start..<scoreAt])
        if let end = before.allMatchRanges(of: #"[.!?]\s"#).last { before = String(before[end.upperBound...]) }
        guard let match = before.firstMatch(of: #"(?:^|\s)In (20[0-9]{2}),"#), let year = Int(match[1]) else { return nil }
        return year + ThaiDate.buddhistEraOffset
    }

    /// How many characters may stand between a year and the score given for it.
    static let scoredYearReach = 30

    /// A year followed, within `scoredYearReach` characters and no other number, by its score
    /// (`ปีงบประมาณ พ.ศ.2567 ได้คะแนนรวม ITA 97.07`): score words between, nothing that makes
    /// the number another (`เพิ่มขึ้น 27.12 คะแนน`).
    private static let scoredYearPattern =
        #"(?:ปีงบประมาณ|ประจำปี|ปี|พ\.\s?ศ\.)\s*(?:พ\.\s?ศ\.)?\s*(25[0-9]{2})(?![0-9])([^0-9]{1,"# + String(scoredYearReach) + #"})(?<![0-9.])[0-9]{1,3}\.[0-9]{1,2}(?![0-9])"#

    /// The latest year the lines give a score for, with its line, when they give scores for
    /// two years or more and do not introduce them as past years' (`เมื่อเปรียบเทียบผลคะแนนใน
    /// ปีที่ผ่านมา คือ ปี 2560 ได้ 77.57 คะแนน และ ปี 2561 ได้ 81.41 คะแนน`: a history beside
    /// the result).
    private func latestScoredYear(in lines: [DocumentContent.Line]) -> (Int, Provenance?)? {
        var latest: (Int, Provenance?)?
        var earliest: (year: Int, before: String)?
        var years = Set<Int>()
        for line in lines {
            let digits = ThaiNumber.arabicDigits(line.text)
            guard digits.containsExactly("25") else { continue }
            for range in digits.allMatchRanges(of: Self.scoredYearPattern) {
                guard let match = String(digits[range]).firstMatch(of: Self.scoredYearPattern),
                      let year = Int(match[1]), (2550...2600).contains(year),
                      words.scoreWords.contains(where: { match[2].containsExactly($0) }),
                      !words.marksAnotherNumber(match[2]) else { continue }
                years.insert(year)
                if latest.map({ year > $0.0 }) ?? true { latest = (year, line.provenance) }
                if earliest.map({ year < $0.year }) ?? true {
                    earliest = (year, String(digits[..<range.lowerBound].suffix(Self.otherYearWordsReach)))
                }
            }
        }
        guard years.count > 1, let earliest, !words.marksAnotherNumber(earliest.before) else { return nil }
        return latest
    }

    func read(_ lines: [DocumentContent.Line]) -> Years? {
        var assessed: (Int, Provenance?)?
        var measures: (Int, Provenance?)?
        let searched = Array(lines.prefix(Self.linesSearched))
        for (index, line) in searched.enumerated() {
            var digits = ThaiNumber.arabicDigits(line.text)
            guard digits.containsExactly("25") else { continue }
            // A title wrapped just before its year (`… ประจำปีงบประมาณ พ.ศ.` / `2568`): read the
            // year with the words that end the line above.
            if index > 0, digits.firstMatch(of: #"^\s*25[0-9]{2}(?![0-9])"#) != nil {
                digits = ThaiNumber.arabicDigits(searched[index - 1].text) + " " + digits
            }
            var previousEnd = digits.startIndex
            for range in digits.allMatchRanges(of: Self.yearPattern) {
                defer { previousEnd = range.upperBound }
                guard let match = String(digits[range]).firstMatch(of: Self.yearPattern),
                      let year = Int(match[2]), (2550...2600).contains(year) else { continue }
                // The words before the year on its line (since the year before it), or on the
                // line above as well when the year starts its line.
                var context = String(digits[previousEnd..<range.lowerBound]) + match[1]
                if digits[..<range.lowerBound].trimmingCharacters(in: .whitespaces).count < 4, index > 0 {
                    context = searched[max(0, index - 2)..<index].map(\.text).joined(separator: " ") + " " + context
                }
                // Only the words just before the year say it is another (`คะแนนปีที่ผ่านมา
                // (ปีงบประมาณ 2565)`); a rank earlier in the sentence (`คว้าอันดับ 6 … ในผลการ
                // ประเมิน … ประจำปี พ.ศ. 2563`) is about its own number.
                // (An average the agency scored, `ด้วยคะแนนเฉลี่ย`, is taken out before the cut.)
                if words.marksAnotherNumber(String(words.withoutOwnAverage(context).suffix(Self.otherYearWordsReach))) { continue }
                // A date's year (`วันเสาร์ที่ 4 กรกฎาคม พ.ศ. 2563`, a page's date line) is no year
                // named for the assessment; a text with dates alone falls back to them below.
                if ThaiDate.endsWithMonth(Substring(digits[..<range.lowerBound] + match[1])) { continue }
                let place = line.provenance
                // The first year not of the measures is the year assessed.
                if !words.assessedYearWords.contains(where: { context.containsExactly($0) }),
                   words.measuresYearWords.contains(where: { context.containsExactly($0) }) {
                    if measures == nil { measures = (year, place) }
                } else if assessed == nil {
                    assessed = (year, place)
                }
            }
        }
        // A text that gives years with their scores (`เดิมเมื่อปีงบประมาณ พ.ศ.2566 ได้คะแนน 89.59
        // … ส่วนในปีงบประมาณ พ.ศ.2567 ได้คะแนนรวม 97.07`) reports the latest of them, whatever
        // year it names first (the next assessment it prepares for).
        // Two years' scores at least: one alone may be last year's, given beside the result.
        if let scored = latestScoredYear(in: searched), let (year, _) = assessed, scored.0 != year {
            assessed = scored
        }
        if let (year, place) = assessed {
            let next = measures.map(\.0).flatMap { $0 > year ? $0 : nil }
            return Years(assessed: year, measures: next, where: place)
        }
        if let (year, place) = measures { return Years(assessed: year, measures: nil, where: place) }
        // An English text may give the fiscal year in the Gregorian calendar: `Fiscal Year 2022`,
        // `ITA 2022`, `the 2024 ITA`, `in the 2020 fiscal year`.
        for line in searched {
            if let match = ThaiNumber.arabicDigits(line.text).firstMatch(of: Self.gregorianYearPattern),
               let year = Int(match[1].isEmpty ? match[2] : match[1]) {
                return Years(assessed: year + ThaiDate.buddhistEraOffset, measures: nil, where: line.provenance)
            }
        }
        // No year named: the year of the first full date.
        let dates = ThaiDateParser()
        for line in searched {
            if let date = try? dates.date(in: line.text) { return Years(assessed: date.buddhistYear, measures: nil, where: line.provenance) }
        }
        // Or of an English page's dateline (`14 September 2022`, `December 2021`, `Aug. 2, 2023`)
        // in its first lines: a date further down is of something told (`from February until
        // August 2021`).
        for line in searched.prefix(Self.datelineLines) {
            if let match = line.text.firstMatch(of: Self.englishDatePattern), let year = Int(match[1]) {
                return Years(assessed: year + ThaiDate.buddhistEraOffset, measures: nil, where: line.provenance)
            }
        }
        return nil
    }
}
