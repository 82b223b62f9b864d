import Foundation
import WordText

/// Reads a Word document for a command, its failures as the command's usage failures.
enum WordInput {
    static func read(_ file: String, repair: Bool) throws -> WordDocument {
        do {
            return try WordDocumentReader(repair: repair).read(contentsOf: URL(fileURLWithPath: file), path: file)
        } catch let error as WordDocumentError {
            throw UsageFailure(message: .word(error))
        }
    }
}
