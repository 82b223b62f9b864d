/// Reads `word/styles.xml`.
final class WordStylesParser: WordPartDelegate {
    private(set) var result = WordStyles()
    private var current: (id: String, style: WordStyles.Style)?
    private var path: [String] = []

    func start(_ name: String, namespace: String?, attributes: [String: String]) {
        let parent = path.last
        path.append(name)
        guard WordXML.isWord(namespace) else { return }
        switch name {
        case "style":
            current = WordXML.attribute("styleId", in: attributes).map { ($0, WordStyles.Style()) }
        case "basedOn" where parent == "style":
            current?.style.basedOn = WordXML.attribute("val", in: attributes)
        case "numId" where parent == "numPr" && !path.contains("pPrChange"):
            current?.style.numberingID = WordXML.integer("val", in: attributes)
        case "ilvl" where parent == "numPr" && !path.contains("pPrChange"):
            current?.style.numberingLevel = WordXML.integer("val", in: attributes)
        default:
            break
        }
    }

    func end(_ name: String, namespace: String?) {
        if !path.isEmpty { path.removeLast() }
        if name == "style", WordXML.isWord(namespace), let current {
            result.styles[current.id] = current.style
            self.current = nil
        }
    }
}
