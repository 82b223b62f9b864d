import Foundation
@testable import WordText
import XCTest

/// What cannot be read as a Word document is refused with the reason, never read wrong and
/// never a crash: not a zip, a zip of something else, a password, a .doc, a damaged or cut
/// zip, and files made to exhaust a reader (a part that inflates past its limit, XML nested
/// past its limit, a DTD).
final class WordBadInputTests: XCTestCase {
    func error(reading url: URL, settings: WordReadingSettings = WordReadingSettings()) -> WordDocumentError? {
        do {
            _ = try WordDocumentReader(settings: settings, repair: false).read(contentsOf: url, path: "draft.docx")
            return nil
        } catch let error as WordDocumentError {
            return error
        } catch {
            XCTFail("not a WordDocumentError: \(error)")
            return nil
        }
    }

    func testTheBadFixturesAreRefusedForWhatTheyAre() {
        XCTAssertEqual(error(reading: WordFixtures.url("bad-not-a-zip.docx")), .notZip(path: "draft.docx"))
        XCTAssertEqual(error(reading: WordFixtures.url("bad-zip-not-word.docx")), .notWordDocument(path: "draft.docx"))
        XCTAssertEqual(error(reading: WordFixtures.url("bad-cut-short.docx")), .damagedZip(path: "draft.docx"))
        XCTAssertEqual(error(reading: WordFixtures.url("bad-encrypted-password-ita2568.docx")), .encrypted(path: "draft.docx"))
        XCTAssertEqual(error(reading: WordFixtures.url("bad-deep-nesting.docx")),
                       .nestedTooDeep(path: "draft.docx", part: "word/document.xml", limit: 200))
    }

    func testOldOfficeFilesAreToldApart() throws {
        func compoundFile(holding name: String) throws -> URL {
            var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)
            data += Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + Data(count: 64)
            let url = WordFixtures.temporaryURL(".doc")
            try data.write(to: url)
            return url
        }
        XCTAssertEqual(error(reading: try compoundFile(holding: "WordDocument")), .legacyWord(path: "draft.docx"))
        XCTAssertEqual(error(reading: try compoundFile(holding: "Workbook")), .otherCompoundFile(path: "draft.docx"))
        XCTAssertEqual(error(reading: try compoundFile(holding: "EncryptedPackage")), .encrypted(path: "draft.docx"))
    }

    func testAZipWhoseMainPartIsNotWordprocessingMLIsNoWordDocument() throws {
        let workbook = try WordFixtures.zip([
            ("_rels/.rels", Data("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """.utf8)),
            ("xl/workbook.xml", Data("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".utf8)),
        ])
        XCTAssertEqual(error(reading: workbook), .notWordDocument(path: "draft.docx"))
    }

    func testAPartThatInflatesPastItsLimitStopsTheReading() throws {
        var settings = WordReadingSettings()
        settings.maxPartBytes = 1024 * 1024
        let bomb = try WordFixtures.zipOfSpaces("word/document.xml", count: 8 * 1024 * 1024)
        XCTAssertLessThan(try FileManager.default.attributesOfItem(atPath: bomb.path)[.size] as? Int ?? 0, 64 * 1024)
        XCTAssertEqual(error(reading: bomb, settings: settings),
                       .partTooLarge(path: "draft.docx", part: "word/document.xml", limitBytes: 1024 * 1024))
    }

    func testAllThePartsTogetherHaveALimitToo() throws {
        var settings = WordReadingSettings()
        settings.maxPartBytes = 1024 * 1024
        settings.maxTotalBytes = 1024 * 1024 + 100
        let document = WordFixtures.documentXML("<w:p><w:r><w:t>ITA</w:t></w:r></w:p>")
        let url = try WordFixtures.zipOfSpaces("word/numbering.xml", count: 1024 * 1024 - 10,
                                               alongside: WordFixtures.minimalParts(documentXML: document))
        XCTAssertEqual(error(reading: url, settings: settings),
                       .partTooLarge(path: "draft.docx", part: "word/numbering.xml", limitBytes: 1024 * 1024 + 100))
    }

    func testADTDIsRefused() throws {
        let xml = Data("""
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
            """.utf8)
        let url = try WordFixtures.zip(WordFixtures.minimalParts(documentXML: xml))
        XCTAssertEqual(error(reading: url), .damagedPart(path: "draft.docx", part: "word/document.xml", line: 1))
    }

    func testMalformedXMLSaysWhereInThePart() throws {
        let url = try WordFixtures.zip(WordFixtures.minimalParts(documentXML: Data("<w:document xmlns:w=\"x\">\n<w:body>\n<w:p></w:body>".utf8)))
        let refused = error(reading: url)
        guard case .damagedPart(_, "word/document.xml", let line?) = refused else {
            return XCTFail("not a damaged part with its line: \(String(describing: refused))")
        }
        XCTAssertEqual(line, 3)
    }

    func testATableOfMoreCellsThanTheLimitIsRefusedNotBuilt() throws {
        // Rows of one empty cell, each claiming 255 more grid columns after it: a few bytes a
        // row, a quarter of a gigabyte of grid for 60 000 rows.
        let row = "<w:tr><w:trPr><w:gridAfter w:val=\"255\"/></w:trPr><w:tc><w:p/></w:tc></w:tr>"
        let body = "<w:p><w:r><w:t>ITA</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>"
            + String(repeating: row, count: 2_000) + "</w:tbl>"
        var settings = WordReadingSettings()
        settings.maxTableCells = 100_000
        XCTAssertEqual(error(reading: try WordFixtures.document(body: body), settings: settings),
                       .tableTooLarge(path: "draft.docx", table: 1, limitCells: 100_000))
        settings.maxTableCells = 1_000_000
        XCTAssertNil(error(reading: try WordFixtures.document(body: body), settings: settings), "2 000 × 256 is within a million")
    }

    func testAHugeSpanIsClampedNotBuilt() throws {
        let url = try WordFixtures.document(body: """
            <w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:trPr><w:gridBefore w:val="2000000000"/></w:trPr>\
            <w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p><w:r><w:t>ก</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>ข</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """)
        let document = try WordDocumentReader(repair: false).read(contentsOf: url, path: "x.docx")
        XCTAssertLessThanOrEqual(document.content.tables.first?.columnCount ?? 0, WordReadingSettings().maxTableColumns)
    }
}
