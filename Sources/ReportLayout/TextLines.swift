import Foundation

/// Line ends of text reports from Windows (CR LF) and old Macs (CR) as LF. Swift reads CR LF as
/// one Character, so a split on LF alone would leave a Windows file in one line.
enum TextLines {
    static func unixLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
