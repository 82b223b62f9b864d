@testable import ITAKit
import ReportLayout
import XCTest

/// Short texts (kind C) as news and announcements write them: who is named first is often
/// not who was assessed, the year may be Gregorian and before `ITA`, the level may stand in a
/// sentence of its own, and a tool's sentence may give last year's score before this year's.
/// The strings are invented, in the phrasings real texts use.
final class ShortTextReadingTests: XCTestCase {
    private func parse(_ paragraphs: [String]) throws -> Report {
        let text = paragraphs.joined(separator: "\n\n")
        return try ReportParser().parse(DocumentContentReader().read(text: text), source: Source(file: "text", sha256: "", kind: .text, pages: nil))
    }

    func testTheAgencyIsTheOneTheResultSentenceIsAbout() throws {
        // The assessor first, then a list of kinds of agency, then the agency with its score.
        var report = try parse(["ตามที่คณะกรรมการ ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565 กับหน่วยงานทั้งส่วนราชการ รัฐวิสาหกิจ องค์การมหาชน และองค์กรปกครองส่วนท้องถิ่น",
                                "องค์การบริหารส่วนตำบลหนองแวงใต้ ได้คะแนนรวม 83.10 อยู่ในระดับ B"])
        XCTAssertEqual(report.agency.name, "องค์การบริหารส่วนตำบลหนองแวงใต้")
        XCTAssertEqual(report.agency.type, "องค์การบริหารส่วนตำบล")
        // A department's head and the ministry named before the department's own result.
        report = try parse(["นางสาวพรทิพย์ ใจดี อธิบดีกรมส่งเสริมการเกษตรภาคใต้ เปิดเผยว่า กระทรวงเกษตรและสหกรณ์แจ้งผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2564 โดยกรมส่งเสริมการเกษตรภาคใต้ ได้คะแนน 94.40 คะแนน อยู่ในระดับ A"])
        XCTAssertEqual(report.agency.name, "กรมส่งเสริมการเกษตรภาคใต้")
        // The NACC spelt another way, just before the agency.
        report = try parse(["หลังสำนักงานป้องกันและปราบปรามการทุจริตแห่งชาติ (ป.ป.ช.) ประกาศผล ITA ประจำปี 2568 เทศบาลตำบลท่าข้าม ได้ผ่านการประเมินในระดับผ่านดีเยี่ยม ด้วยคะแนน 98.20 คะแนน"])
        XCTAssertEqual(report.agency.name, "เทศบาลตำบลท่าข้าม")
    }

    func testAPersonsPostAfterTheResultIsNoAgency() throws {
        let report = try parse(["ผลการประเมิน ITA ประจำปี 2567 เทศบาลตำบลบ้านดู่ใต้ ผ่านการประเมินในระดับผ่านดี ด้วยคะแนน 91.05 คะแนน",
                                "นายสมชาย ใจกล้า นายกเทศมนตรีตำบลบ้านดู่ใต้ อ.เมือง จ.น่าน กล่าวขอบคุณทุกฝ่าย"])
        XCTAssertEqual(report.agency.name, "เทศบาลตำบลบ้านดู่ใต้")
    }

    func testTheParentMinistryAndTheLegalStatus() throws {
        let report = try parse(["สถาบันวิจัยข้าวชุมชน (องค์การมหาชน) (สวช.) หน่วยงานในสังกัดกระทรวงเกษตรและสหกรณ์ ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2563 ด้วยคะแนน 89.75 คะแนน ระดับ A"])
        XCTAssertEqual(report.agency.name, "สถาบันวิจัยข้าวชุมชน (องค์การมหาชน)")
        XCTAssertEqual(report.agency.type, "สถาบัน")
        // A ministry the text names alone is the agency.
        let ministry = try parse(["กระทรวงการท่องเที่ยวชุมชน ได้คะแนน ITA ประจำปี 2565 รวม 90.12 คะแนน อยู่ในระดับ A"])
        XCTAssertEqual(ministry.agency.name, "กระทรวงการท่องเที่ยวชุมชน")
    }

    func testAProvinceAsTheAgencyAndAsWhereAnAgencyIs() throws {
        var report = try parse(["กระทรวงมหาดไทยแจ้งผลการประเมิน ITA ประเภทจังหวัด ประจำปีงบประมาณ พ.ศ. 2565 ว่า จ.ลำพูนใต้ ได้คะแนน 70.25 คะแนน อยู่ในระดับ C"])
        XCTAssertEqual(report.agency.name, "จังหวัดลำพูนใต้")
        XCTAssertEqual(report.agency.type, "จังหวัด")
        XCTAssertEqual(report.agency.province, "ลำพูนใต้")
        report = try parse(["ผลการประเมิน ITA ประจำปี 2565 เทศบาลเมืองบ่อหิน จังหวัดตรังเหนือ ได้คะแนน 88.30 คะแนน อยู่ในระดับ A"])
        XCTAssertEqual(report.agency.name, "เทศบาลเมืองบ่อหิน")
        XCTAssertEqual(report.agency.province, "ตรังเหนือ")
    }

    func testAKindThatRefersBackKeepsTheTitlesAgency() throws {
        // `มหาวิทยาลัยมีผลคะแนน…` names no agency; a name the sentence wraps is cut short there.
        var report = try parse(["มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569", "มหาวิทยาลัยราชภัฏลำน้ำเลย จังหวัดเลย",
                                "ในปีงบประมาณ พ.ศ. 2568 มหาวิทยาลัยมีผลคะแนนการประเมิน ITA ภาพรวม 95.10 คะแนน ผลการประเมินระดับ “ผ่านดีเยี่ยม”"])
        XCTAssertEqual(report.agency.name, "มหาวิทยาลัยราชภัฏลำน้ำเลย")
        XCTAssertEqual(report.agency.province, "เลย")
        report = try parse(["องค์การบริหารส่วนตำบลห้วยทรายทอง",
                            "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ขององค์การบริหารส่วนตำบลห้วย\nทรายทอง อยู่ในระดับ ผ่านดี ด้วยคะแนน 92.63 คะแนน"])
        XCTAssertEqual(report.agency.name, "องค์การบริหารส่วนตำบลห้วยทรายทอง")
    }

    func testEnglishYearBeforeITAAndALevelInASentenceOfItsOwn() throws {
        let report = try parse(["Mae Ping Valley University received 87.45 points in the 2021 ITA of the National Anti-Corruption Commission.",
                                "The result places the university at the A (good) level among public universities."])
        XCTAssertEqual(report.fiscalYear, 2564)
        XCTAssertEqual(report.overall?.score, 87.45)
        XCTAssertEqual(report.overall?.level, "A")
        XCTAssertEqual(report.agency.name, "Mae Ping Valley University")
    }

    func testALevelRepeatedFurtherOnIsWrittenOnce() throws {
        let report = try parse(["Lampang Hill University Passes with a “Good” Rating in the 2024 ITA",
                                "This year Lampang Hill University has achieved an overall score of 93.02, classified as “Good.”"])
        XCTAssertEqual(report.overall?.level, "ผ่านดี")
        XCTAssertEqual(report.overall?.levelAsWritten, "“Good”")
    }

    func testThisYearsToolScoreAfterLastYears() throws {
        let english = try parse(["Lampang Hill University scored 93.02 points in the ITA for fiscal year 2024.",
                                 "External Integrity and Transparency Assessment (EIT) Last year, it scored 84.10 points, and this year, the score has increased to 91.35 points"])
        XCTAssertEqual(english.tools.filter { $0.code == "EIT" }.map(\.score), [91.35])
        let thai = try parse(["เทศบาลตำบลหนองไผ่ล้อม ได้คะแนน ITA ประจำปี 2567 รวม 91.20 คะแนน",
                              "เครื่องมือ EIT ปีที่แล้วได้ 80.20 คะแนน ปีนี้ได้ 90.45 คะแนน"])
        XCTAssertEqual(thai.tools.filter { $0.code == "EIT" }.map(\.score), [90.45])
    }

    func testAShortTextMissingAToolGetsAWarningNotAnError() throws {
        let report = try parse(["Lampang Hill University scored 93.02 points, rated “Good”, in the 2024 ITA.",
                                "Open Data Integrity and Transparency Assessment (OIT) scored 95.80 points",
                                "Internal Integrity and Transparency Assessment (IIT) scored 92.10 points"])
        let content = DocumentContentReader().read(text: "")
        let framework = try FrameworkLibrary.framework(for: 2567)
        let findings = RequiredScoresRule().check(ValidationContext(report: report, content: content, framework: framework))
        XCTAssertFalse(findings.isEmpty)
        XCTAssertEqual(findings.filter { $0.severity == .error }.map(\.english), [])
    }
}

extension ShortTextReadingTests {
    func testALevelExplainedIsNotASecondLevel() throws {
        let text = "โรงพยาบาลดอนตาลใต้ ได้คะแนน ITA ประจำปี 2566 จำนวน 78.10คะแนน อยู่ในระดับ B : หมายถึงหน่วยงานมีผลการประเมินอยู่ในระดับต้องปรับปรุง"
        let report = try ReportParser().parse(DocumentContentReader().read(text: text), source: Source(file: "text", sha256: "", kind: .text, pages: nil))
        XCTAssertEqual(report.overall?.score, 78.10)
        XCTAssertEqual(report.overall?.level, "B")
    }
}

extension ShortTextReadingTests {
    func testAProvincialBodysNameGivesItsProvince() throws {
        let text = "สำนักงานเกษตรจังหวัดน่านเหนือ แจ้งผลการประเมิน ITA ประจำปี 2566 ได้คะแนน 95.40 คะแนน ระดับ ผ่านดีเยี่ยม"
        let report = try ReportParser().parse(DocumentContentReader().read(text: text), source: Source(file: "text", sha256: "", kind: .text, pages: nil))
        XCTAssertEqual(report.agency.name, "สำนักงานเกษตรจังหวัดน่านเหนือ")
        XCTAssertEqual(report.agency.type, "สำนักงานจังหวัด")
        XCTAssertEqual(report.agency.province, "น่านเหนือ")
    }
}

extension ShortTextReadingTests {
    private func read(_ text: String) throws -> Report {
        try ReportParser().parse(DocumentContentReader().read(text: text), source: Source(file: "text", sha256: "", kind: .text, pages: nil))
    }

    func testAPagesDateLineIsNoYearAssessed() throws {
        let report = try read("วันอังคาร ที่ 3 ตุลาคม พ.ศ. 2566\n\nองค์การบริหารส่วนตำบลโพนทองใต้ ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนน 87.90 คะแนน ระดับ A")
        XCTAssertEqual(report.fiscalYear, 2565)
        // A text with only a date still gets that date's year.
        XCTAssertEqual(try read("ประกาศเมื่อ 20 สิงหาคม พ.ศ. 2567 เทศบาลตำบลนาดี ได้คะแนน ITA 93.10 คะแนน ระดับผ่านดี").fiscalYear, 2567)
    }

    func testAnEnglishYearBeforeFiscalYear() throws {
        XCTAssertEqual(try read("Lampang Hill University scored 91.40 points in the ITA in the 2021 fiscal year, rated A.").fiscalYear, 2564)
    }

    func testALevelWithoutAScoreIsTheResult() throws {
        let report = try read("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ของวิทยาลัยสารพัดช่างนาแก อยู่ในระดับ ผ่่านดี")
        XCTAssertNil(report.overall?.score)
        XCTAssertEqual(report.overall?.level, "ผ่านดี")
        // Said as a warning, not an error: a news item may give the level alone.
        let framework = try FrameworkLibrary.framework(for: 2566)
        let findings = RequiredScoresRule().check(ValidationContext(report: report, content: DocumentContentReader().read(text: ""), framework: framework))
        XCTAssertEqual(findings.filter { $0.severity == .error }.map(\.english), [])
    }

    func testOneIndicatorsScoreIsNoOverallScore() throws {
        let report = try read("กองทัพภาคที่หก ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2563 อยู่ในระดับ ผ่าน\n\nโดยในด้านตัวชี้วัดการเปิดเผยข้อมูลต่อสาธารณะ หน่วยได้คะแนนสูงถึง 97.10 คะแนน")
        XCTAssertNil(report.overall?.score)
        XCTAssertEqual(report.agency.name, "กองทัพภาคที่หก")
        // A count of indicators is no indicator: the overall score beside it stays.
        XCTAssertEqual(try read("ผลการประเมิน ITA ปี 2567 ทั้ง 10 ตัวชี้วัด เทศบาลเมืองท่าช้าง ได้คะแนนรวม 91.80 คะแนน ระดับผ่านดี").overall?.score, 91.80)
    }

    func testAKindGluedToAVerbNamesNoAgency() throws {
        let report = try read("นายวีระ ดีงาม ผู้จัดการธนาคารเพื่อการเกษตรชุมชน เป็นผู้แทนธนาคารรับรางวัล ITA ประจำปีงบประมาณ พ.ศ. 2564 โดยธนาคารได้คะแนน 94.20 คะแนน ระดับ A")
        XCTAssertEqual(report.agency.name, "ธนาคารเพื่อการเกษตรชุมชน")
    }
}

extension ShortTextReadingTests {
    func testEnglishNewsNamingTheAssessorFirst() throws {
        let report = try read("The National Anti-Corruption Commission released the results of the Integrity and Transparency Assessment (ITA) for fiscal year 2022.\n\nChanthaburi Hill University scored 96.45 points in the assessment this year.\n\nThat score gave the university a ranking of double-A.")
        XCTAssertEqual(report.fiscalYear, 2565)
        XCTAssertEqual(report.overall?.score, 96.45)
        XCTAssertEqual(report.overall?.level, "AA")
        XCTAssertEqual(report.agency.name, "Chanthaburi Hill University")
        // The assessor's office, named in the result sentence before the agency.
        let office = try read("The Office of the National Anti-Corruption Commission has announced that Chanthaburi Hill University achieved an overall score of 90.45 in the 2022 ITA.")
        XCTAssertEqual(office.agency.name, "Chanthaburi Hill University")
    }
}

extension ShortTextReadingTests {
    func testAnEnglishTextDatedOnlyByItsDate() throws {
        let report = try read("Published 14 September 2022\n\nTrang Bay City scored 93.10 points in the Integrity and Transparency Assessment, rated A.")
        XCTAssertEqual(report.fiscalYear, 2565)
        XCTAssertEqual(try read("Trang Bay City scored 93.10 points in the ITA, rated A. (Aug. 2, 2023)").fiscalYear, 2566)
    }
}

extension ShortTextReadingTests {
    func testAnAgencyNamedOnlyByItsAbbreviation() throws {
        let report = try read("ธพส.คว้าผลประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ด้วยคะแนน 96.20 คะแนน ระดับผ่านดีเยี่ยม")
        XCTAssertEqual(report.agency.name, "ธพส.")
        // A month's abbreviation beside a day is no agency.
        XCTAssertNil(try read("ประกาศ 1 มค. 2567 ได้คะแนน ITA 91.10 คะแนน ระดับผ่านดี").agency.name)
    }

    func testARankingLineGivesTheHeadlinesAgencyItsOwnScore() throws {
        // The headline's agency is listed third; its score is the one after its name.
        var report = try parse(["สำนักงานพัฒนาที่ดินชุมชนติดอันดับ 3 หน่วยงานระดับกรม ด้านคุณธรรมและความโปร่งใส",
                                "ผลการประเมิน ITA ประจำปีงบประมาณ 2562 ประกาศเมื่อวันที่ 9 ธันวาคม",
                                "ประเภทหน่วยงานระดับกรม คะแนนสูงสุด ได้แก่ กรมอุทยานป่าเขา ได้ 97.20 คะแนน รองลงมาคือกรมเจ้าท่าชายฝั่ง ได้ 96.05 คะแนน และสำนักงานพัฒนาที่ดินชุมชน ได้ 95.31 คะแนน"])
        XCTAssertEqual(report.overall?.score, 95.31)
        XCTAssertEqual(report.agency.name, "สำนักงานพัฒนาที่ดินชุมชน")
        XCTAssertEqual(report.fiscalYear, 2562)
        // No agency named before the list: which result is the text's cannot be told.
        report = try parse(["ผลการประเมิน ITA ประจำปีงบประมาณ 2562",
                            "คะแนนสูงสุด ได้แก่ กรมอุทยานป่าเขา ได้ 97.20 คะแนน รองลงมาคือกรมเจ้าท่าชายฝั่ง ได้ 96.05 คะแนน"])
        XCTAssertNil(report.overall?.score)
    }

    func testAnEnglishProvinceAsTheAgency() throws {
        let report = try parse(["Ban Na Province tops national transparency ranking",
                                "The National Anti-Corruption Commission ranked Ban Na first among the provinces this year.",
                                "Ban Na scored 92.40 points in the assessment, officials said on 9 December 2021.",
                                "Ban Na City Municipality was thanked for its part."])
        XCTAssertEqual(report.overall?.score, 92.40)
        XCTAssertEqual(report.agency.name, "Ban Na")
        XCTAssertEqual(report.agency.type, "จังหวัด")
        XCTAssertEqual(report.agency.province, "Ban Na")
        XCTAssertTrue(ReportParser.namesTheITA(DocumentContentReader().read(text: "The National Anti-Corruption Commission ranked Ban Na first.")))
    }

    func testAnEnglishAbbreviationSpeltOutElsewhere() throws {
        let report = try parse(["Training for Chai Buri’s District Offices",
                                "Staff of the Chai Buri Metropolitan Authority (CBMA) met on 2 June 2021.",
                                "In the 2020 fiscal year, the CBMA earned a score of 88.10 out of 100 in the ITA."])
        XCTAssertEqual(report.agency.name, "Chai Buri Metropolitan Authority")
        XCTAssertEqual(report.overall?.score, 88.10)
        XCTAssertEqual(report.fiscalYear, 2563)
    }

    func testAGregorianYearOpeningTheResultSentence() throws {
        var report = try parse(["Ubon Hill University and the Integrity and Transparency Assessment",
                                "In 2021, Ubon Hill University was assessed with A grade, 90.55 out of 100 points."])
        XCTAssertEqual(report.fiscalYear, 2564)
        XCTAssertEqual(report.overall?.score, 90.55)
        XCTAssertEqual(report.overall?.level, "A")
        // A year the text names elsewhere is kept; the history sentence's year is not taken.
        report = try parse(["Ubon Hill University scored 96.10 points in the ITA for fiscal year 2024.",
                            "In 2019, the university scored 80.15 points."])
        XCTAssertEqual(report.fiscalYear, 2567)
        XCTAssertEqual(report.overall?.score, 96.10)
    }

    func testNewsOfOneIndicatorsScoreWithNoOverallScore() throws {
        // By its name as written (words glued after the year's name), the pass mark after it.
        var report = try parse(["กองทัพเรือภาคใต้ตอนล่าง สอบตกด้านการเปิดเผยข้อมูล",
                                "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ด้านตัวชี้วัดการเปิดเผยข้อมูลต่อประชาชน มีคะแนนเพียง 70.20 คะแนน ไม่ผ่านเกณฑ์ 85 คะแนน"])
        XCTAssertNil(report.overall?.score)
        XCTAssertEqual(report.indicators.map(\.number), [9])
        XCTAssertEqual(report.indicators.first?.score, 70.20)
        XCTAssertEqual(report.agency.name, "กองทัพเรือภาคใต้ตอนล่าง")
        XCTAssertTrue(RequiredScoresRule.quotesIndicatorsAlone(report))
        // By its number: the indicator's number is no score, and the score after it is the indicator's.
        report = try parse(["โรงพยาบาลบ้านดอนใต้ แจ้งผล ITA ประจำปีงบประมาณ พ.ศ. 2567 ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 75.00 คะแนน"])
        XCTAssertNil(report.overall?.score)
        XCTAssertEqual(report.indicators.first?.number, 10)
        XCTAssertEqual(report.indicators.first?.score, 75.00)
        // A text with its overall score: an indicator quoted in prose is not read apart.
        report = try parse(["โรงพยาบาลบ้านดอนใต้ ได้คะแนน ITA ประจำปี 2567 รวม 91.20 คะแนน อยู่ในระดับ ผ่านดี",
                            "ส่วนตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 75.00 คะแนน"])
        XCTAssertEqual(report.overall?.score, 91.20)
        XCTAssertTrue(report.indicators.isEmpty)
    }

    func testAnAgencyGluedToTheVerbThatAnnouncesItsResult() throws {
        var report = try parse(["กรมส่งเสริมการค้าชายแดนเผยผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 อยู่ในระดับ ผ่าน",
                                "โดยกรมส่งเสริมการค้าชายแดน ได้รับคะแนนการประเมินในภาพรวม 87.45 คะแนน อยู่ในระดับ ผ่าน"])
        XCTAssertEqual(report.agency.name, "กรมส่งเสริมการค้าชายแดน")
        report = try parse(["สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ 2564 จังหวัดลพบุรีเหนืออยู่ในลำดับที่ 8 ของประเทศ โดยมีผลคะแนน 90.10 คะแนน"])
        XCTAssertEqual(report.agency.name, "จังหวัดลพบุรีเหนือ")
        XCTAssertEqual(report.overall?.score, 90.10)
    }

    func testARankBeforeTheYearAndSaraAeTypedAsTwoSaraE() throws {
        let saraE = "\u{0E40}"
        let report = try parse(["สำนักงานพัฒนาระบบงานยุติธรรม คว้าอันดับ 3 ของประเทศ \(saraE)\(saraE)ละอันดับ 1 ของกระทรวง ในผลการประเมินคุณธรรมและความโปร่งใส ประจำปี พ.ศ. 2562 ด้วยเกรด AA 95.20 คะ\(saraE)\(saraE)นน"])
        XCTAssertEqual(report.fiscalYear, 2562)
        XCTAssertEqual(report.overall?.score, 95.20)
        XCTAssertEqual(report.overall?.level, "AA")
        XCTAssertEqual(report.agency.name, "สำนักงานพัฒนาระบบงานยุติธรรม")
    }

    func testAProvinceOfAPostOrAnAddressIsNoAgency() throws {
        let report = try parse(["นายสุรชัย ทองดี นายกองค์การบริหารส่วนจังหวัดพิจิตรใต้ มอบหมายให้รองปลัดองค์การบริหารส่วนจังหวัดพิจิตรใต้ รับเกียรติบัตร",
                                "จาก นายมานพ รักไทย ผู้ว่าราชการจังหวัดพิจิตรใต้ สำหรับโครงการก่อสร้างสะพาน หมู่ที่ 7 ตำบลวังใหม่ อำเภอวังทรายพูน จังหวัดพิจิตรใต้ และผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ได้คะแนน 93.30 คะแนน"])
        XCTAssertEqual(report.agency.name, "องค์การบริหารส่วนจังหวัดพิจิตรใต้")
        XCTAssertEqual(report.agency.province, "พิจิตรใต้")
        XCTAssertEqual(report.overall?.score, 93.30)
    }

    func testAMunicipalityWithoutItsClassAndAPoliceStationByItsAbbreviation() throws {
        var report = try parse(["เทศบาลท่าม่วงเหนือ รับมอบประกาศเกียรติคุณ ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ.2565 ในระดับ AA"])
        XCTAssertEqual(report.agency.name, "เทศบาลท่าม่วงเหนือ")
        XCTAssertEqual(report.overall?.level, "AA")
        report = try parse(["สภ.บ้านไร่ใต้ ได้คะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 รวม 96.10 คะแนน"])
        XCTAssertEqual(report.agency.name, "สภ.บ้านไร่ใต้")
        XCTAssertEqual(report.agency.type, "สถานีตำรวจ")
    }

    func testTwoYearsScoresTheLatestIsTheResult() throws {
        // The text prepares the next year's assessment, which it names first.
        let report = try parse(["สภ.ดอนตูมใต้ ประชุมเตรียมความพร้อมการประเมิน ITA ประจำปีงบประมาณ พ.ศ.2568 ซึ่งเดิมเมื่อปีงบประมาณ พ.ศ.2566 ได้คะแนน ITA 79.90 ส่วนในปีงบประมาณ พ.ศ.2567 ได้คะแนนรวม ITA 91.15"])
        XCTAssertEqual(report.fiscalYear, 2567)
        XCTAssertEqual(report.overall?.score, 91.15)
        XCTAssertEqual(report.agency.name, "สภ.ดอนตูมใต้")
    }

    func testTwoAgenciesResultsTheFirstIsTheTexts() throws {
        let paragraphs = ["ป.ป.ช.เปิดผลประเมินปี 64 หน่วยงานสังกัดกระทรวงคมนาคม พบ สทร.ได้ระดับ D คะแนน 58.10 ขณะที่ กขร.ได้ระดับ B คะแนน 80.05 ด้านสูงสุดคือ กรมเจ้าท่าภาคกลาง",
                          "สำนักงาน ป.ป.ช. ประกาศผล ITA ประจำปีงบประมาณ 2564",
                          "พบว่า สถาบันขนส่งทางรางชุมชน (สทร.) ได้คะแนน 58.10 ระดับ D และสำนักงานขนส่งชนบท (กขร.) ได้คะแนน 80.05 ระดับ B"]
        let report = try parse(paragraphs)
        XCTAssertEqual(report.agency.name, "สถาบันขนส่งทางรางชุมชน")
        XCTAssertEqual(report.overall?.score, 58.10)
        XCTAssertEqual(report.overall?.level, "D")
        XCTAssertNil(report.overall?.levelAsWritten)
        // The other agency's score is no second mention of this one's (ITA004), nor its level a
        // second level (ITA020).
        let content = DocumentContentReader().read(text: paragraphs.joined(separator: "\n\n"))
        let framework = try FrameworkLibrary.framework(for: 2564)
        let codes = Validator().validate(ValidationContext(report: report, content: content, framework: framework)).map(\.code)
        XCTAssertFalse(codes.contains("ITA004"), "\(codes)")
        XCTAssertFalse(codes.contains("ITA020"), "\(codes)")
    }

    func testAComparisonIsNoLevelNorScore() throws {
        // `ระดับต่ำกว่ากรม`: units below a department's rank, not the level ต่ำ.
        var report = try? parse(["ป.ป.ช. ประกาศผลการประเมิน ITA ของหน่วยงานระดับต่ำกว่ากรม ประจำปีงบประมาณ พ.ศ. 2566 พบสถานีตำรวจสอบตก 900 แห่ง"])
        XCTAssertNil(report?.overall?.level)
        // `scores higher than 90`, `at least 85`: a threshold, not a score.
        report = try? parse(["According to the 2021 ITA report, 12 universities received scores higher than 90, and agencies must earn a score of at least 85."])
        XCTAssertNil(report?.overall?.score)
    }

    func testAnAbbreviatedSubjectWithItsPlaceOpensTheResultSentence() throws {
        // A headline whose subject is an abbreviation glued to its province, and a body that
        // names the kinds of office assessed with it in full.
        var report = try parse(["สสจ.ลำปาง มีผลการประเมิน ITA ประจำปี 2566 อยู่ในระดับ A",
                                "สำหรับสำนักงานสาธารณสุขอำเภอ และสำนักงานสาธารณสุขจังหวัด ปีนี้มีหน่วยงานเข้าร่วมประเมิน 76 หน่วยงาน"])
        XCTAssertEqual(report.agency.name, "สสจ.ลำปาง")
        XCTAssertEqual(report.overall?.level, "A")
        // An abbreviation followed by a verb of its own is no name with a place: the agency
        // named in full is kept.
        report = try parse(["สพฐ.คว้าผลประเมิน ITA ระดับ AA ประจำปี 2566",
                            "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ได้รับผลการประเมินอยู่ในระดับ AA"])
        XCTAssertNotEqual(report.agency.name, "สพฐ.คว้าผลประเมิน")
    }

    func testACompanyNamedWithSpacesUpToJamkad() throws {
        // A state enterprise that is a company (`บริษัท … จำกัด (มหาชน)`), after a headline that
        // gives the score with only its ministry before it.
        let report = try parse(["กระทรวงการบินชนบทชื่นชมวิทยุการบินภาคเหนือฯ ได้คะแนน ITA 2023 สูงสุด",
                                "การประเมิน ITA ด้วยคะแนน 95.80 ในระดับ “ดีเยี่ยม”",
                                "บริษัท วิทยุการบินภาคเหนือ จำกัด (มหาชน) ได้รับคะแนน 95.80 จากการประเมิน ITA ประจำปีงบประมาณ 2566"])
        XCTAssertEqual(report.agency.name, "บริษัท วิทยุการบินภาคเหนือ จำกัด (มหาชน)")
        XCTAssertEqual(report.overall?.score, 95.80)
        // The level written short, read as the top level of the year's scheme.
        XCTAssertEqual(report.overall?.level, "ผ่านดีเยี่ยม")
    }

    func testALevelWrittenShortTakesTheYearsScheme() throws {
        // Before 2566 the top level is AA: `ดีเยี่ยม` with no letter is AA.
        let report = try parse(["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2563 เทศบาลตำบลหนองหินใต้ ได้ 96.02 คะแนน อยู่ในระดับดีเยี่ยม"])
        XCTAssertEqual(report.overall?.level, "AA")
    }

    func testAbbreviatedKindsOfAgency() throws {
        // An education area office by its abbreviation glued to the words before it, with a
        // number alone after it.
        var report = try parse(["เมื่อวันที่ 20 กรกฎาคม 2561 สพฐ. ได้ประกาศผล การประเมิน ITA Online ประจำปีงบประมาณ 2561 จากการที่สพม.3 ได้เข้าร่วมโครงการ สพม.3 มีผลคะแนนรวม 88.20 คะแนน อยู่ในระดับ “สูงมาก”"])
        XCTAssertEqual(report.agency.name, "สพม.3")
        XCTAssertEqual(report.agency.type, "สำนักงานเขตพื้นที่การศึกษา")
        XCTAssertEqual(report.overall?.score, 88.20)
        // A hospital by `รพ.`, its area office's district number after a space kept in the name.
        report = try parse(["รพ.บ้านดงใต้ แจ้งผลการประเมิน ITA ประจำปีงบประมาณ 2565 ได้ 86.30 คะแนน ระดับ A"])
        XCTAssertEqual(report.agency.name, "รพ.บ้านดงใต้")
        XCTAssertEqual(report.agency.type, "โรงพยาบาล")
        report = try parse(["ผลการประเมิน ITA ประจำปี 2564 สพป.ภูหลวง เขต 3 ได้ 91.07 คะแนน อยู่ในระดับ A"])
        XCTAssertEqual(report.agency.name, "สพป.ภูหลวง เขต 3")
        // A one-letter kind is no agency inside a date (`ม.ค.`) or a school year (`ม.6`), and a
        // name by an abbreviated kind is written in full where the text spells it out.
        report = try parse(["เมื่อ 15 ม.ค. 2565 นักเรียน ม.6 ร่วมกิจกรรม",
                            "มหาวิทยาลัยเทคโนโลยีเขาหลวง (มทร.เขาหลวง) แจ้งว่า มทร.เขาหลวง ได้คะแนน ITA ประจำปีงบประมาณ 2564 รวม 93.40 คะแนน ระดับ A"])
        XCTAssertEqual(report.agency.name, "มหาวิทยาลัยเทคโนโลยีเขาหลวง")
    }

    func testTheResultsAbbreviationBeforeFullNamesOfOthersLater() throws {
        let report = try parse(["สำนักงาน ป.ป.ช. ประกาศผลคะแนน ITA ประจำปีงบประมาณ พ.ศ.2562 โดย กฟน. ได้ 91.33 คะแนน เป็นอันดับ 2 ของกระทรวงพลังงานชนบท",
                                "อันดับ 1 เป็นของสำนักงานพลังงานชุมชน และอันดับ 3 บริษัท น้ำมันชุมชน จำกัด (มหาชน)"])
        XCTAssertEqual(report.agency.name, "กฟน.")
    }

    func testEnglishRunnersUpAfterTheScore() throws {
        let report = try parse(["The Hill Audit Office (HAO) has been ranked first among independent agencies in the 2023 Integrity and Transparency Assessment (ITA).",
                                "After a difficult year, the HAO took the top spot in the 2023 ITA, with a score of 96.01. The Regional Election Office came second with a score of 95.40."])
        XCTAssertEqual(report.agency.name, "Hill Audit Office")
        XCTAssertEqual(report.overall?.score, 96.01)
    }

    func testAveragesOfAllAgenciesAndTheAgencysOwn() throws {
        // The country's average, in a sentence about all agencies, is no score of the agency's,
        // whose result here is a level only.
        var report = try parse(["ผลการประเมิน ITA ประจำปีงบประมาณ 2565 ในภาพรวมจากหน่วยงานภาครัฐทั่วประเทศ 8,300 แห่ง พบว่า มีคะแนนเฉลี่ยอยู่ที่ 87.10 คะแนน",
                                "โดยองค์การบริหารส่วนจังหวัดลำน้ำใส มีผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 อยู่ในระดับ A"])
        XCTAssertNil(report.overall?.score)
        XCTAssertEqual(report.overall?.level, "A")
        // The agency's own score called an average after ได้คะแนน.
        report = try parse(["ประกาศผล ITA ประจำปีงบประมาณ พ.ศ. 2564 โดยกรมส่งเสริมเกษตรที่ราบ ได้คะแนนการประเมินอยู่ที่ค่าเฉลี่ย 90.40 คะแนน ซึ่งอยู่ในระดับ A"])
        XCTAssertEqual(report.overall?.score, 90.40)
        XCTAssertEqual(report.agency.name, "กรมส่งเสริมเกษตรที่ราบ")
    }

    func testALevelBeforeTheScoreAfterเกณฑ์() throws {
        // `อยู่ในเกณฑ์ผ่านดี 92.06`: เกณฑ์ introduces the level, not the pass mark.
        var report = try parse(["การเคหะชายฝั่งแห่งประเทศไทย ได้รับคะแนน ITA ประจำปี 2567 อยู่ในเกณฑ์ผ่านดี 92.06 คะแนน"])
        XCTAssertEqual(report.overall?.score, 92.06)
        XCTAssertEqual(report.agency.name, "การเคหะชายฝั่งแห่งประเทศไทย")
        // `เกณฑ์ผ่าน 85 คะแนน` stays the pass mark.
        report = try parse(["ผลการประเมิน ITA ประจำปี 2567 เทศบาลตำบลโพนทอง ได้ 88.12 คะแนน สูงกว่าเกณฑ์ผ่าน 85 คะแนน อยู่ในระดับ ผ่าน"])
        XCTAssertEqual(report.overall?.score, 88.12)
    }

    func testNoOneAgencysResult() throws {
        // One level for a group of agencies the text lists, no score: no agency's result.
        let group = try? parse(["จังหวัดนาน้อยมอบโล่ ITA AWARDS แก่หน่วยงานที่มีผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2564 ในระดับดีเยี่ยม (AA) จำนวน 2 หน่วยงาน ประกอบด้วย องค์การบริหารส่วนตำบลนาเหนือ และองค์การบริหารส่วนตำบลนาใต้ อำเภอนาน้อย"])
        XCTAssertNil(group?.overall?.level)
        // `ผลการประเมินสูงสุด`: the highest result, no level สูง.
        let workshop = try? parse(["สำนักงานเขตพื้นที่การศึกษาประถมศึกษานาน้อย เขต 1 จัดประชุม “การประเมิน ITA Online” ประจำปีงบประมาณ 2566 และมอบโล่แก่โรงเรียนที่มีผลการประเมินสูงสุดในปีงบประมาณ พ.ศ.2565"])
        XCTAssertNil(workshop?.overall?.level)
        // The winners of each kind of agency, under a headline naming none of them.
        let winners = try? parse(["ประกาศผลการประเมิน ITA 2565",
                                  "ประเภทที่ 1 คือ องค์กรอิสระ หน่วยงานที่มีผลการประเมินสูงสุด คือ “สำนักงานผู้ตรวจการชายฝั่ง” มีผลการประเมิน 98.10 คะแนน",
                                  "ประเภทที่ 2 คือ ส่วนราชการระดับกรม หน่วยงานที่มีผลการประเมินสูงสุด คือ “กรมส่งเสริมชุมชนชายฝั่ง” มีผลการประเมิน 97.80 คะแนน"])
        XCTAssertNil(winners?.overall?.score)
        XCTAssertNil(winners?.agency.name)
    }
}
