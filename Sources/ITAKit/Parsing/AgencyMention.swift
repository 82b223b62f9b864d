/// One place a text names an agency, and what the agency is to the text: the one assessed,
/// the assessor (the NACC, however written), a kind of agency in a list (`องค์การมหาชน`), a
/// parent body (`กระทรวง…`, `…ในสังกัด…`) or the province where another agency is.
struct AgencyMention {
    enum Role {
        /// An agency that may be the one the text is about.
        case agency
        /// The body that assessed, never the one assessed.
        case assessor
        /// A kind of agency named as such: `ทั้งส่วนราชการ รัฐวิสาหกิจ องค์การมหาชน …`.
        case category
        /// The ministry or body another agency belongs to; the agency itself only when the
        /// text names no other.
        case parent
        /// `จังหวัดขอนแก่น` after `เทศบาลเมืองเมืองพล`: where that agency is.
        case locator
    }

    var name: String
    /// The kind the name starts with: เทศบาลตำบล, กรม, จังหวัด, …
    var type: String
    /// The name's place in the text it was found in, suffix (`(องค์การมหาชน)`) included.
    var range: Range<String.Index>
    var role: Role
    /// For a province named as the agency (`จ.กาญจนบุรี`), the province.
    var province: String?
}
