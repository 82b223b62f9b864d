import Foundation
import PDFText
import ReportLayout

/// The seed report as text and as the sample PDF, read once for all tests.
enum ReportContent {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = root.appendingPathComponent("Samples/muangphon-2568.txt").path
    static let samplePath = root.appendingPathComponent("Samples/muangphon-2568-laksaman.pdf").path

    static let seed: DocumentContent = {
        DocumentContentReader().read(text: try! String(contentsOfFile: seedPath, encoding: .utf8))
    }()

    static let sample: DocumentContent = {
        try! DocumentContentReader().read(PDFDocument(path: samplePath))
    }()

    static var both: [(name: String, content: DocumentContent)] { [("seed", seed), ("sample PDF", sample)] }
}
