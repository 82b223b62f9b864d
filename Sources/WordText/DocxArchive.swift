import Foundation
import ZIPFoundation

/// The parts of a .docx (a zip archive), read with the limits of `WordReadingSettings`: each
/// part is inflated chunk by chunk and the reading stops as soon as it passes its limit, since
/// the sizes the archive states may be false.
final class DocxArchive {
    private let archive: Archive
    private let path: String
    private let settings: WordReadingSettings
    /// Each entry by its part name, lower-cased and without a leading slash: part names in a
    /// package are case-insensitive (ECMA-376 part 2, 9.1.1).
    private let entries: [String: Entry]
    /// Bytes inflated so far, over all parts.
    private var totalBytes = 0

    /// Opens `url`; `path` is the file as the person named it, for messages.
    init(url: URL, path: String, settings: WordReadingSettings) throws {
        self.path = path
        self.settings = settings
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw WordDocumentError.damagedZip(path: path)
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            if count > settings.maxEntries { throw WordDocumentError.tooManyEntries(path: path, limit: settings.maxEntries) }
            let name = Self.partName(entry.path)
            // The first of two entries with one name is the one zip readers take.
            if entries[name] == nil { entries[name] = entry }
        }
        if entries.isEmpty { throw WordDocumentError.notWordDocument(path: path) }
        self.entries = entries
    }

    static func partName(_ path: String) -> String {
        var name = path.replacingOccurrences(of: "\\", with: "/").lowercased()
        while name.hasPrefix("/") { name.removeFirst() }
        return name
    }

    func contains(_ part: String) -> Bool {
        entries[Self.partName(part)] != nil
    }

    /// The part's bytes, or nil when the archive has no such part.
    func data(of part: String) throws -> Data? {
        guard let entry = entries[Self.partName(part)], entry.type == .file else { return nil }
        var data = Data()
        let partLimit = settings.maxPartBytes
        let totalLimit = settings.maxTotalBytes
        var exceeded: Int?
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                if data.count + chunk.count > partLimit { exceeded = partLimit }
                if self.totalBytes + chunk.count > totalLimit { exceeded = totalLimit }
                if exceeded != nil { throw CancellationError() }
                data.append(chunk)
                self.totalBytes += chunk.count
            }
            // A part whose bytes do not give the checksum the archive states is damaged.
            guard checksum == entry.checksum else { throw WordDocumentError.damagedPart(path: path, part: part, line: nil) }
        } catch let error as WordDocumentError {
            throw error
        } catch {
            if let exceeded { throw WordDocumentError.partTooLarge(path: path, part: part, limitBytes: exceeded) }
            throw WordDocumentError.damagedPart(path: path, part: part, line: nil)
        }
        return data
    }
}
