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

        With --repair it then repairs, with libthai's Thai dictionary, what only a dictionary \
        can see: a lost SARA AM (สานักงาน), SARA AM as MAI THO + SARA AA (ส้าคัญ) or for SARA AA \
        (นำยแพทย์), marks moved after the next letter (หลกั การ) or dropped (เพือ); only where \
        the words around then read as dictionary words. --explain lists each change on \
        standard error.

        Reads FILE, or standard input when no file is given; writes to standard output.
        """
    )

    @Argument(help: "A UTF-8 text file. Default: standard input.")
    var file: String?

    @Flag(help: "Also repair, with a Thai dictionary, damage only a dictionary can see (lost SARA AM, displaced or dropped marks).")
    var repair = false

    @Flag(help: "With --repair: list each change (line, word before and after) on standard error.")
    var explain = false

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
        var normalized = ThaiNormalizer().normalize(text)
        if repair, let repairer = ThaiRepairer() {
            let (repaired, changes) = repairer.repairWithChanges(normalized)
            if explain {
                let lineStarts = Self.lineStarts(of: normalized)
                for change in changes {
                    let line = (lineStarts.lastIndex { $0 <= change.offset } ?? 0) + 1
                    FileHandle.standardError.write(Data("\(name):\(line): \(change.before) → \(change.after)\n".utf8))
                }
            }
            normalized = repaired
        }
        FileHandle.standardOutput.write(Data(normalized.utf8))
    }

    /// The scalar offset where each line of `text` starts.
    static func lineStarts(of text: String) -> [Int] {
        var starts = [0]
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        return starts
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
