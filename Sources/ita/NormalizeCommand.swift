import ArgumentParser
import Foundation
import ThaiText

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Repair Thai text that came from another extractor or an old file.",
        discussion: """
        Maps the Private Use Area glyph variants of old Thai fonts to standard characters, \
        joins a split SARA AM (ํ + า → ำ), removes doubled marks and SARA AM (ำา), spaces \
        before a mark and zero-width characters inside words, puts marks in their canonical \
        order and repairs the U+FFFD that some exporters leave for NIKHAHIT. It never changes a \
        consonant or a digit, and running it twice changes nothing more.

        Reads FILE, or standard input when no file is given; writes to standard output.
        """
    )

    @Argument(help: "A UTF-8 text file. Default: standard input.")
    var file: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let data: Data
        let name = file ?? "stdin"
        if let file {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
                throw UsageFailure(message: .pdf(.fileNotFound(path: file))).exit(in: language.language)
            }
            if isDirectory.boolValue {
                throw UsageFailure(message: .pdf(.isDirectory(path: file))).exit(in: language.language)
            }
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw UsageFailure(message: .pdf(.unreadable(path: file))).exit(in: language.language)
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let text: String
        do {
            text = try TextReport.decode(data, name: name, language: language.language)
        } catch let failure as UsageFailure {
            throw failure.exit(in: language.language)
        }
        FileHandle.standardOutput.write(Data(ThaiNormalizer().normalize(text).utf8))
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidByte(in data: Data) -> Int {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
