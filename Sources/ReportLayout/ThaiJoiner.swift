import ThaiText

/// Joins two pieces of text that a line or page break separated: with nothing between two
/// Thai letters (Thai wraps between words without a space, and narrow cells even inside a
/// word), with a space otherwise.
enum ThaiJoiner {
    static func join(_ left: String, _ right: String) -> String {
        guard let last = left.unicodeScalars.last, let next = right.unicodeScalars.first else {
            return left + right
        }
        if ThaiCharacter.isWhitespace(last) || ThaiCharacter.isWhitespace(next) { return left + right }
        return ThaiCharacter.isThai(last) && ThaiCharacter.isThai(next) ? left + right : left + " " + right
    }
}
