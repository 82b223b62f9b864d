/// Decimal digits as dates are written in Thai documents: ASCII 0–9 and Thai ๐–๙ (TH
/// SarabunIT๙ and official templates print Thai numerals, often mixed with ASCII ones).
enum DateDigit {
    /// The value of a digit scalar, or nil for anything else.
    static func value(of scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x0E50...0x0E59: return Int(scalar.value - 0x0E50)
        default: return nil
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        value(of: scalar) != nil
    }
}
