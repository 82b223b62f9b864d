/// Reads the paragraphs and tables of a part that holds text (`word/document.xml`, a header,
/// a footer) from its XML events, in order: the text as Word shows it, with what the reader
/// needs to number paragraphs and to put table cells on their grid.
///
/// Left out, as Word does not show them: deleted text (`w:del`, `w:moveFrom`), hidden runs
/// (`w:vanish`), field instructions, the previous properties of tracked changes, the fallback
/// of alternate content when its choice was read (Word writes a text box twice: as a drawing
/// and again as VML for older readers), ruby annotations. Pictures and charts hold no text
/// here; a text box's paragraphs are read after the paragraph it is anchored in.
final class WordPartParser: WordPartDelegate {
    /// The part's blocks, once parsed.
    var blocks: [WordBlock] { containers.first ?? [] }
    /// Whether the part is WordprocessingML: a document, header or footer of Word's namespace.
    private(set) var isWordDocument = false

    private let settings: WordReadingSettings
    /// The open block lists: the part itself, each open cell and text box.
    private var containers: [[WordBlock]] = [[]]
    private var paragraphs: [ParagraphFrame] = []
    private var tables: [WordTable] = []
    private var rows: [WordTable.Row] = []
    private var cells: [WordTable.Cell] = []
    /// The names of the open elements (local names), for telling a property by its parent.
    private var path: [String] = []
    /// Above 0 while inside an element whose content Word does not show.
    private var skipping = 0
    /// For each open `mc:AlternateContent`, whether one of its choices has been read.
    private var alternateContent: [Bool] = []

    private struct ParagraphFrame {
        var paragraph = WordParagraph()
        var inRun = false
        var runHidden = false
        var inText = false
    }

    /// Elements whose content is not shown.
    private static let unshown: Set<String> = [
        "del", "moveFrom", "pPrChange", "rPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange",
        "numberingChange", "tblGridChange", "rt", "instrText", "delText", "delInstrText", "fldData",
    ]

    init(settings: WordReadingSettings) {
        self.settings = settings
    }

    func start(_ name: String, namespace: String?, attributes: [String: String]) {
        if skipping > 0 {
            skipping += 1
            return
        }
        if namespace == WordXML.markupCompatibility {
            switch name {
            case "AlternateContent": alternateContent.append(false)
            case "Choice", "Fallback":
                if alternateContent.last == true {
                    skipping = 1
                    return
                }
                if !alternateContent.isEmpty { alternateContent[alternateContent.count - 1] = true }
            default: break
            }
            path.append(name)
            return
        }
        guard WordXML.isWord(namespace) else {
            // A picture drawn in the paragraph (DrawingML's blip): its image is a part the
            // relationship names.
            if name == "blip", let id = attributes["r:embed"] ?? attributes["embed"], !id.isEmpty {
                lastParagraph { $0.paragraph.pictures.append(id) }
            }
            path.append(name)
            return
        }
        if Self.unshown.contains(name) {
            skipping = 1
            return
        }
        let parent = path.last ?? ""
        path.append(name)
        switch name {
        case "document" where path.count == 1, "hdr" where path.count == 1, "ftr" where path.count == 1:
            isWordDocument = true
        case "p":
            paragraphs.append(ParagraphFrame())
        case "pStyle" where parent == "pPr":
            lastParagraph { $0.paragraph.styleID = WordXML.attribute("val", in: attributes) }
        case "numId" where parent == "numPr":
            lastParagraph { $0.paragraph.numberingID = WordXML.integer("val", in: attributes) }
        case "ilvl" where parent == "numPr":
            lastParagraph { $0.paragraph.numberingLevel = WordXML.integer("val", in: attributes) }
        case "r":
            lastParagraph {
                $0.inRun = true
                $0.runHidden = false
            }
        case "vanish" where parent == "rPr" && path.dropLast(2).last == "r":
            lastParagraph { $0.runHidden = WordXML.isOn(attributes) }
        case "t" where parent == "r":
            lastParagraph { $0.inText = true }
        case "tab" where parent == "r", "ptab" where parent == "r":
            append("\t")
        case "br" where parent == "r", "cr" where parent == "r":
            append("\n")
        case "noBreakHyphen" where parent == "r":
            append("-")
        case "sym" where parent == "r":
            // A symbol font's character (Wingdings' check mark) stands in the Private Use Area
            // and means nothing as text; a real character is kept.
            if let code = WordXML.attribute("char", in: attributes).flatMap({ UInt32($0, radix: 16) }),
               let scalar = Unicode.Scalar(code), !(0xE000...0xF8FF).contains(code) {
                append(String(scalar))
            }
        case "txbxContent":
            containers.append([])
        case "tbl":
            tables.append(WordTable())
        case "gridCol" where parent == "tblGrid":
            lastTable { $0.gridColumns += 1 }
        case "tr":
            rows.append(WordTable.Row())
        case "gridBefore" where parent == "trPr":
            lastRow { $0.gridBefore = clampedColumns(WordXML.integer("val", in: attributes) ?? 0) }
        case "gridAfter" where parent == "trPr":
            lastRow { $0.gridAfter = clampedColumns(WordXML.integer("val", in: attributes) ?? 0) }
        case "tc":
            cells.append(WordTable.Cell())
            containers.append([])
        case "gridSpan" where parent == "tcPr":
            lastCell { $0.span = max(1, clampedColumns(WordXML.integer("val", in: attributes) ?? 1)) }
        case "vMerge" where parent == "tcPr":
            lastCell {
                $0.verticalMerge = WordXML.attribute("val", in: attributes) == "restart" ? .restart : .continue
            }
        case "hMerge" where parent == "tcPr":
            lastCell { $0.continuesLeft = WordXML.attribute("val", in: attributes) == "continue" }
        default:
            break
        }
    }

    func end(_ name: String, namespace: String?) {
        if skipping > 0 {
            skipping -= 1
            return
        }
        if !path.isEmpty { path.removeLast() }
        if namespace == WordXML.markupCompatibility {
            if name == "AlternateContent", !alternateContent.isEmpty { alternateContent.removeLast() }
            return
        }
        guard WordXML.isWord(namespace) else { return }
        switch name {
        case "p":
            guard let frame = paragraphs.popLast() else { return }
            add(.paragraph(frame.paragraph))
        case "r":
            lastParagraph { $0.inRun = false }
        case "t":
            lastParagraph { $0.inText = false }
        case "txbxContent":
            guard containers.count > 1, let content = containers.popLast() else { return }
            if let anchor = paragraphs.indices.last {
                paragraphs[anchor].paragraph.anchored += content
            } else {
                content.forEach(add)
            }
        case "tc":
            guard containers.count > 1, let content = containers.popLast(), var cell = cells.popLast() else { return }
            cell.blocks = content
            lastRow { $0.cells.append(cell) }
        case "tr":
            guard let row = rows.popLast() else { return }
            lastTable { $0.rows.append(row) }
        case "tbl":
            guard let table = tables.popLast() else { return }
            add(.table(table))
        default:
            break
        }
    }

    func characters(_ text: String) {
        guard skipping == 0, let last = paragraphs.indices.last, paragraphs[last].inText, !paragraphs[last].runHidden else { return }
        paragraphs[last].paragraph.text += text
    }

    private func append(_ text: String) {
        guard let last = paragraphs.indices.last, paragraphs[last].inRun, !paragraphs[last].runHidden else { return }
        paragraphs[last].paragraph.text += text
    }

    private func lastParagraph(_ change: (inout ParagraphFrame) -> Void) {
        if !paragraphs.isEmpty { change(&paragraphs[paragraphs.count - 1]) }
    }

    private func lastTable(_ change: (inout WordTable) -> Void) {
        if !tables.isEmpty { change(&tables[tables.count - 1]) }
    }

    private func lastRow(_ change: (inout WordTable.Row) -> Void) {
        if !rows.isEmpty { change(&rows[rows.count - 1]) }
    }

    private func lastCell(_ change: (inout WordTable.Cell) -> Void) {
        if !cells.isEmpty { change(&cells[cells.count - 1]) }
    }

    private func add(_ block: WordBlock) {
        containers[containers.count - 1].append(block)
    }

    private func clampedColumns(_ count: Int) -> Int {
        min(max(count, 0), settings.maxTableColumns)
    }
}
