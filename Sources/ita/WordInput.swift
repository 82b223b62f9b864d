import Foundation
import WordText

/// Reads a Word document for a command, its failures as the command's usage failures. Its text
/// is normalised as a PDF's is, but not repaired: it is exact as typed, and the dictionary's
/// repair only damages it (`WordDocumentReader.repairer`), so `--no-repair` changes nothing here.
enum WordInput {
    static func read(_ file: String) throws -> WordDocument {
        do {
            return try WordDocumentReader().read(contentsOf: URL(fileURLWithPath: file), path: file)
        } catch let error as WordDocumentError {
            throw UsageFailure(message: .word(error))
        }
    }
}
