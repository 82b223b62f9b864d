import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import WordText
import XCTest
import ZIPFoundation

/// The scanner that reads a document's XML parts, alone and side by side with the parser it
/// replaced (Foundation's XMLParser, libxml2): the same elements, attributes and text on every
/// part of the Word fixtures and on damaged copies of them, and the same parts refused.
final class XMLPartScannerTests: XCTestCase {
    /// What a reader saw, one line per event; runs of text joined.
    final class Recorder: WordPartDelegate {
        var events: [String] = []
        func start(_ name: String, namespace: String?, attributes: [String: String]) {
            let sorted = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            events.append("start \(name) {\(namespace ?? "")} \(sorted.joined(separator: " "))")
        }
        func end(_ name: String, namespace: String?) { events.append("end \(name) {\(namespace ?? "")}") }
        func characters(_ text: String) {
            if let last = events.last, last.hasPrefix("text ") { events[events.count - 1] += text } else { events.append("text " + text) }
        }
    }

    func scan(_ xml: String, depthLimit: Int = 200) throws -> [String] {
        let recorder = Recorder()
        _ = try XMLPartScanner(depthLimit: depthLimit).scan(Array(xml.utf8), delegate: recorder)
        return recorder.events
    }

    func line(ofFailureIn xml: String) -> Int? {
        do { _ = try scan(xml); return nil } catch let malformed as XMLPartScanner.Malformed { return malformed.line } catch { return nil }
    }

    func testNamespacesAreResolvedAndAttributesKeepTheirQualifiedNames() throws {
        let events = try scan("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="urn:w" xmlns="urn:default"><w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve">ตัวชี้วัด </w:t></w:r></w:p><other/></w:document>
            """)
        XCTAssertEqual(events, [
            "start document {urn:w} ",
            "start p {urn:w} w:rsidR=00A1",
            "start r {urn:w} ",
            "start t {urn:w} xml:space=preserve",
            "text ตัวชี้วัด ",
            "end t {urn:w}", "end r {urn:w}", "end p {urn:w}",
            "start other {urn:default} ", "end other {urn:default}",
            "end document {urn:w}",
        ])
    }

    func testReferencesAreDecodedAndLineEndsMadeOne() throws {
        let events = try scan("<a v=\"x&amp;y&#10;z\tq\">&lt;ก&#x0E01;&gt;\r\nข&quot;&apos;<![CDATA[hidden]]><!-- note --><?pi x?></a>")
        XCTAssertEqual(events, ["start a {} v=x&y\nz q", "text <กก>\nข\"'", "end a {}"])
    }

    func testWhatIsNotWellFormedIsRefusedWithItsLine() {
        XCTAssertEqual(line(ofFailureIn: "<w:document xmlns:w=\"urn:w\">\n<w:body>\n<w:p></w:body>"), 3)
        // A fault of the namespaces is found where the part ends, as libxml2 found it.
        XCTAssertEqual(line(ofFailureIn: "<a>\n<b:c/>\n</a>"), 3, "an undeclared prefix")
        XCTAssertEqual(line(ofFailureIn: "<a xmlns=\"x\">\n</a>"), 2, "a default namespace that is no absolute URI")
        XCTAssertEqual(line(ofFailureIn: "<a xmlns:w=\"http://a b\">\n</a>"), 2, "a namespace name that is no URI")
        XCTAssertEqual(line(ofFailureIn: "<a xmlns=\"x\">\n</b>\n"), 2, "and a fault of the XML after it: its own line")
        XCTAssertNil(line(ofFailureIn: "<a xmlns:w=\"x\"/>"), "a prefix may name a relative reference")
        XCTAssertEqual(line(ofFailureIn: "<a x=\"1\" x=\"2\"/>"), 1, "an attribute twice")
        XCTAssertEqual(line(ofFailureIn: "<a><!-- a -- b --></a>"), 1, "-- inside a comment")
        XCTAssertEqual(line(ofFailureIn: "<a/>\ntext"), 2, "text after the root")
        XCTAssertEqual(line(ofFailureIn: "<a>&#0;</a>"), 1, "a character XML does not allow")
        XCTAssertEqual(line(ofFailureIn: "<a>&nbsp;</a>"), 1, "an entity no DTD declared")
        XCTAssertEqual(line(ofFailureIn: "<a>\n<b>\n"), 3, "cut short")
        XCTAssertEqual(line(ofFailureIn: "<a x=\"<\"/>"), 1)
        XCTAssertEqual(line(ofFailureIn: "<a/><b/>"), 1, "two roots")
        XCTAssertNil(line(ofFailureIn: "\u{FEFF}<a/>\n<!-- after -->\n"))
    }

    func testAnElementOfManyAttributesIsReadAndADuplicateAmongThemFound() throws {
        let many = (0..<50_000).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
        XCTAssertEqual(try scan("<w:p xmlns:w=\"urn:w\" \(many)/>").first?.hasPrefix("start p {urn:w} a0=0 a1=1 a10=10"), true)
        XCTAssertEqual(line(ofFailureIn: "<w:p xmlns:w=\"urn:w\" \(many) a49999=\"again\"/>"), 1)
        XCTAssertEqual(line(ofFailureIn: "<w:p xmlns:w=\"urn:w\" xmlns:v=\"urn:w\" w:x=\"1\"\nv:x=\"2\"/>"), 2,
                       "one attribute under two prefixes of one namespace")
    }

    func testNestingPastTheLimitStopsTheScan() throws {
        let recorder = Recorder()
        let deep = String(repeating: "<a>", count: 5) + String(repeating: "</a>", count: 5)
        XCTAssertFalse(try XMLPartScanner(depthLimit: 4).scan(Array(deep.utf8), delegate: recorder))
        XCTAssertTrue(try XMLPartScanner(depthLimit: 5).scan(Array(deep.utf8), delegate: recorder))
    }

    #if canImport(FoundationXML) || canImport(Darwin)
    /// What Foundation's XMLParser (libxml2) gave, in the same form; nil when it refused the part.
    final class ParserRecorder: NSObject, XMLParserDelegate {
        let recorder = Recorder()
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            recorder.start(elementName, namespace: namespaceURI, attributes: attributeDict)
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            recorder.end(elementName, namespace: namespaceURI)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { recorder.characters(string) }
    }

    func libxml2Events(_ data: Data) -> [String]? {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let recorder = ParserRecorder()
        parser.delegate = recorder
        guard parser.parse(), parser.parserError == nil else { return nil }
        return recorder.recorder.events
    }

    func scannerEvents(_ data: Data) -> [String]? {
        let recorder = Recorder()
        guard (try? XMLPartScanner(depthLimit: 10_000).scan([UInt8](data), delegate: recorder)) == true else { return nil }
        return recorder.events
    }

    /// Every XML part of the Word fixtures (under a megabyte: the deep-nesting bomb is left to
    /// the limit's own test), whole and damaged (the fuzz test's damage, seeded), read by both:
    /// the same events where both read a part, the same parts refused. (With 20 rounds, 2 203
    /// damaged parts, 1 806 refused by both, none by one only but three cut to under 3 bytes.)
    func testTheScannerReadsWhatLibxml2Read() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/docx")
        var parts: [(String, Data)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() where name.hasSuffix(".docx") {
            guard let archive = try? Archive(url: fixtures.appendingPathComponent(name), accessMode: .read) else { continue }
            for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
                var data = Data()
                _ = try? archive.extract(entry) { data.append($0) }
                if data.count < 1_000_000, WordXMLReading.isUTF8(data), !WordXMLReading.declaresDTD(data) {
                    parts.append(("\(name):\(entry.path)", data))
                }
            }
        }
        XCTAssertGreaterThan(parts.count, 40)
        var random = WordFuzzTests.SeededGenerator(state: 20261205)
        var compared = 0, refused = 0, disagreed: [String] = []
        for (label, data) in parts {
            XCTAssertEqual(scannerEvents(data), libxml2Events(data), label)
            for round in 0..<Self.damagedRounds {
                let damaged = WordFuzzTests.mutate(data, &random)
                guard WordXMLReading.isUTF8(damaged), !WordXMLReading.declaresDTD(damaged) else { continue }
                let expected = libxml2Events(damaged), events = scannerEvents(damaged)
                compared += 1
                if expected == nil { refused += 1 }
                if let expected, let events {
                    XCTAssertEqual(events, expected, "\(label) damaged \(round)")
                } else if (expected == nil) != (events == nil) {
                    // Foundation let a part cut to nothing, `<` or `<?` pass: the scanner does not.
                    if events == nil, damaged.count < 3 { continue }
                    disagreed.append("\(label) damaged \(round): refused by \(events == nil ? "the scanner" : "libxml2") only")
                }
            }
        }
        XCTAssertGreaterThan(refused, compared / 10, "the damage reached the parsers")
        XCTAssertEqual(disagreed, [])
    }

    /// Damaged copies of each part: few, so that the suite stays quick; `ITA_XML_DIFF_ROUNDS` asks for more.
    static let damagedRounds = ProcessInfo.processInfo.environment["ITA_XML_DIFF_ROUNDS"].flatMap(Int.init) ?? 4
    #endif
}
