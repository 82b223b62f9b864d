/// The scores written in a score cell: its numbers in order (a header word before them, as
/// in `คะแนนรวม 100` when a header row merged into the first row, is passed over).
enum ScoreList {
    static func numbers(in text: String) -> [Double] {
        if let whole = ThaiNumber.whole(text) { return [whole] }
        return ThaiNumber.arabicDigits(text).allMatches(of: #"(?<![0-9.])([0-9]{1,3}(?:\.[0-9]+)?)(?![0-9.])"#)
            .compactMap { Double($0[1]) }
    }
}
