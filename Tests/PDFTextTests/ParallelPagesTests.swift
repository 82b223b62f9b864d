import Foundation
import PDFText
import XCTest

/// Pages worked on by several poppler documents at once come back whole and in page order.
final class ParallelPagesTests: XCTestCase {
    /// Each page's number and its glyphs' text, as one document read alone gives them.
    private static func pageTexts(_ document: PDFDocument) throws -> [String] {
        try (1...document.pageCount).map { number in
            "\(number):" + String(String.UnicodeScalarView(try document.page(number).glyphs.map(\.scalar)))
        }
    }

    func testPagesComeBackInOrderAsOneDocumentReadsThem() throws {
        let expected = try Self.pageTexts(PDFDocument(path: Paths.samplePDF))
        for workers in [1, 2, 4] {
            let document = try PDFDocument(path: Paths.samplePDF)
            let parallel = ParallelPages(document: document, pages: 1...document.pageCount, workers: workers, window: 3) {
                document, number in
                "\(number):" + String(String.UnicodeScalarView(try document.page(number).glyphs.map(\.scalar)))
            }
            let pages = try (1...document.pageCount).map { try parallel.take($0) }
            parallel.finish()
            XCTAssertEqual(pages, expected, "workers: \(workers)")
        }
    }

    func testEachWorkerHasADocumentOfItsOwn() throws {
        let document = try PDFDocument(path: Paths.samplePDF)
        let parallel = ParallelPages(document: document, pages: 1...document.pageCount, workers: 3, window: 6) {
            document, _ in
            // Slow enough that every worker gets pages, whichever opens its document first.
            usleep(20_000)
            return ObjectIdentifier(document)
        }
        let documents = Set(try (1...document.pageCount).map { try parallel.take($0) })
        parallel.finish()
        XCTAssertEqual(documents.count, 3)
    }

    func testAPageRangeIsReadAlone() throws {
        let document = try PDFDocument(path: Paths.samplePDF)
        let parallel = ParallelPages(document: document, pages: 3...5, workers: 2, window: 2) { _, number in number }
        XCTAssertEqual(try (3...5).map { try parallel.take($0) }, [3, 4, 5])
        parallel.finish()
    }

    func testAPageSErrorIsThrownForThatPageOnly() throws {
        struct Failed: Error, Equatable { var page: Int }
        let document = try PDFDocument(path: Paths.samplePDF)
        let parallel = ParallelPages(document: document, pages: 1...6, workers: 2, window: 2) { _, number in
            if number == 4 { throw Failed(page: number) }
            return number
        }
        XCTAssertEqual(try (1...3).map { try parallel.take($0) }, [1, 2, 3])
        XCTAssertThrowsError(try parallel.take(4)) { XCTAssertEqual($0 as? Failed, Failed(page: 4)) }
        XCTAssertEqual(try parallel.take(5), 5)
        parallel.finish()
    }

    func testFinishingEarlyStopsTheWorkersAndGivesTheDocumentBack() throws {
        let document = try PDFDocument(path: Paths.samplePDF)
        let parallel = ParallelPages(document: document, pages: 1...document.pageCount, workers: 2, window: 2) {
            document, number in try document.page(number).glyphs.count
        }
        _ = try parallel.take(1)
        parallel.finish()
        // No worker uses the document any more: this thread may.
        XCTAssertGreaterThan(try document.page(25).glyphs.count, 0)
    }

    func testAReopenedDocumentKeepsThePassword() throws {
        let path = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/encrypted/page3-password-ita2568.pdf").path
        let document = try PDFDocument(path: path, password: "ita2568")
        let again = try document.reopened()
        XCTAssertEqual(again.pageCount, document.pageCount)
        XCTAssertEqual(try again.page(1).glyphs.count, try document.page(1).glyphs.count)
    }
}
