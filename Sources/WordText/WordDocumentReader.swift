import Foundation
import ReportLayout
import ThaiText

/// Reads a Word document (.docx) into the same content a PDF gives (`DocumentContent`), so that
/// every later step reads it unchanged: the text exactly as written (Thai digits as typed),
/// numbered paragraphs with their numbers as Word shows them, tables on their grid with merged
/// cells, text boxes, headers and footers. A password-protected or Word 97–2003 file, a zip that
/// is no Word document, damaged XML and parts past the limits of `WordReadingSettings` are
/// refused with a `WordDocumentError`.
public struct WordDocumentReader: Sendable {
    public var settings: WordReadingSettings
    public var normalizer = ThaiNormalizer()
    /// The dictionary-guided repair, or nil (the default). A Word file holds the text as typed,
    /// without the damage a PDF's text layer adds, so there is nothing for the repair to restore,
    /// and it damages what is not in its dictionary: on the measuring drafts it turned the
    /// shortened `ความคิ…` of a question's wording into `คว้ามิค…` (52 phrases of 37 153), and
    /// changed nothing else (Benchmarks/docx/README.md).
    public var repairer: ThaiRepairer?

    public init(settings: WordReadingSettings = WordReadingSettings(), repair: Bool = false) {
        self.settings = settings
        self.repairer = repair ? ThaiRepairer() : nil
    }

    /// Reads the file at `url`; `path` names it in errors as the person named it.
    public func read(contentsOf url: URL, path: String) throws -> WordDocument {
        try refuseWhatIsNotAZip(url, path: path)
        let archive = try DocxArchive(url: url, path: path, settings: settings)
        let packageRelationships = try relationships(of: "", in: archive, path: path)
        let mainPart = packageRelationships.targets(ofKind: "officeDocument").first(where: archive.contains) ?? "word/document.xml"
        guard let documentData = try archive.data(of: mainPart) else { throw WordDocumentError.notWordDocument(path: path) }
        let body = WordPartParser(settings: settings)
        try WordXMLReading.parse(documentData, part: mainPart, path: path, settings: settings, delegate: body)
        guard body.isWordDocument else { throw WordDocumentError.notWordDocument(path: path) }

        let documentRelationships = try relationships(of: mainPart, in: archive, path: path)
        let numbering = try readNumbering(documentRelationships, archive: archive, path: path)
        // Styles matter only for numbering: without lists, styles.xml (often the largest part) is not read.
        let styles = numbering.instances.isEmpty ? WordStyles() : try readStyles(documentRelationships, archive: archive, path: path)

        var builder = WordContentBuilder(numbering: numbering, styles: styles, maxColumns: settings.maxTableColumns,
                                         maxCells: settings.maxTableCells, clean: clean)
        let headers = Self.ordered(documentRelationships.targets(ofKind: "header")).prefix(settings.maxHeaderFooterParts)
        let footers = Self.ordered(documentRelationships.targets(ofKind: "footer")).prefix(settings.maxHeaderFooterParts)
        do {
            for header in headers {
                try builder.add(try blocks(of: header, in: archive, path: path), part: .header)
            }
            try builder.add(body.blocks, part: .body)
            for footer in footers {
                try builder.add(try blocks(of: footer, in: archive, path: path), part: .footer)
            }
        } catch let tooLarge as WordContentBuilder.TableTooLarge {
            throw WordDocumentError.tableTooLarge(path: path, table: tooLarge.table, limitCells: settings.maxTableCells)
        }
        var pictures: [WordDocument.Picture] = []
        for picture in builder.pictures.prefix(settings.maxPictures) {
            guard let target = documentRelationships.target(id: picture.id), let data = try archive.data(of: target) else { continue }
            pictures.append(WordDocument.Picture(data: data, place: picture.place, blockIndex: picture.blockIndex))
        }
        return WordDocument(blocks: builder.blocks, pictures: pictures)
    }

    /// The text cleaned as a PDF's text is: normalised (NFC, the order of marks, SARA AM as one
    /// character), then repaired when the repair is on.
    func clean(_ text: String) -> String {
        let normalized = normalizer.normalize(text)
        return repairer?.repair(normalized) ?? normalized
    }

    /// A compound file is a .doc or a .docx saved with a password; anything else that is not
    /// a zip cannot be a .docx.
    private func refuseWhatIsNotAZip(_ url: URL, path: String) throws {
        let head = (try? FileHandle(forReadingFrom: url)).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 8)
        } ?? Data()
        switch WordFileSniffer.kind(of: head) {
        case .zip:
            return
        case .compoundFile:
            let data = (try? Data(contentsOf: url, options: .alwaysMapped)) ?? Data()
            switch CompoundFile.content(of: data) {
            case .encryptedPackage: throw WordDocumentError.encrypted(path: path)
            case .wordDocument: throw WordDocumentError.legacyWord(path: path)
            case .other: throw WordDocumentError.otherCompoundFile(path: path)
            }
        case nil:
            throw WordDocumentError.notZip(path: path)
        }
    }

    private func relationships(of part: String, in archive: DocxArchive, path: String) throws -> WordRelationships {
        let relationshipsPart = part.isEmpty ? "_rels/.rels" : WordRelationships.relationshipsPart(of: part)
        guard let data = try archive.data(of: relationshipsPart) else { return WordRelationships() }
        let parser = WordRelationshipsParser(sourcePart: part)
        try WordXMLReading.parse(data, part: relationshipsPart, path: path, settings: settings, delegate: parser)
        return parser.result
    }

    private func readNumbering(_ relationships: WordRelationships, archive: DocxArchive, path: String) throws -> WordNumbering {
        let part = relationships.targets(ofKind: "numbering").first ?? "word/numbering.xml"
        guard let data = try archive.data(of: part) else { return WordNumbering() }
        let parser = WordNumberingParser()
        try WordXMLReading.parse(data, part: part, path: path, settings: settings, delegate: parser)
        return parser.result
    }

    private func readStyles(_ relationships: WordRelationships, archive: DocxArchive, path: String) throws -> WordStyles {
        let part = relationships.targets(ofKind: "styles").first ?? "word/styles.xml"
        guard let data = try archive.data(of: part) else { return WordStyles() }
        let parser = WordStylesParser()
        try WordXMLReading.parse(data, part: part, path: path, settings: settings, delegate: parser)
        return parser.result
    }

    private func blocks(of part: String, in archive: DocxArchive, path: String) throws -> [WordBlock] {
        guard let data = try archive.data(of: part) else { return [] }
        let parser = WordPartParser(settings: settings)
        try WordXMLReading.parse(data, part: part, path: path, settings: settings, delegate: parser)
        return parser.blocks
    }

    /// Part names in the order Word numbers them: header2 before header10.
    static func ordered(_ parts: [String]) -> [String] {
        var seen = Set<String>()
        return parts.filter { seen.insert($0).inserted }.sorted { ($0.count, $0) < ($1.count, $1) }
    }
}
