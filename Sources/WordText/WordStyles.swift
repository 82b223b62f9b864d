/// What the reader needs of `word/styles.xml`: the numbering each style gives its paragraphs
/// (a heading style linked to a list), through the styles it is based on.
struct WordStyles {
    struct Style: Equatable {
        var basedOn: String?
        var numberingID: Int?
        var numberingLevel: Int?
    }

    var styles: [String: Style] = [:]

    /// How many styles up the `basedOn` chain are followed: Word's chains are short, and a
    /// damaged file's may loop.
    static let maxChain = 32

    /// The numbering a paragraph of style `id` gets from its style or the styles it is based
    /// on: the nearest numbering ID, and the nearest level.
    func numbering(forStyle id: String) -> (id: Int?, level: Int?) {
        var numberingID: Int?
        var level: Int?
        var current: String? = id
        var steps = 0
        while let name = current, let style = styles[name], steps < Self.maxChain {
            numberingID = numberingID ?? style.numberingID
            level = level ?? style.numberingLevel
            if numberingID != nil, level != nil { break }
            current = style.basedOn
            steps += 1
        }
        return (numberingID, level)
    }
}
