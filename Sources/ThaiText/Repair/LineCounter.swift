/// The line (from 0) of each offset of a text, asked in increasing order: the line ends are
/// counted once, from the offset asked last to the next.
struct LineCounter {
    private let scalars: [Unicode.Scalar]
    private var line = 0
    private var counted = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func line(at offset: Int) -> Int {
        line += scalars[counted..<offset].lazy.filter { $0 == "\n" }.count
        counted = offset
        return line
    }
}
