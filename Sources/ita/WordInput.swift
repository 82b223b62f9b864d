import Foundation
import ThaiText
import WordText

/// Reads a Word document for a command, its failures as the command's usage failures.
enum WordInput {
    static func read(_ file: String, repair: Bool, changes: ((ThaiRepairer.Change) -> Void)? = nil) throws -> WordDocument {
        do {
            return try WordDocumentReader(repair: repair).read(contentsOf: URL(fileURLWithPath: file), path: file, changes: changes)
        } catch let error as WordDocumentError {
            throw UsageFailure(message: .word(error))
        }
    }
}
