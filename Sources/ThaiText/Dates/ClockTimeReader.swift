/// Finds a clock time in Thai text: "13.30 น.", "เวลา 13:30", "๑๓.๓๐ นาฬิกา", "9 น.",
/// "09.00 – 12.00 น." (the first of the two).
///
/// A number like 13.30 is as often a score or a section number as a time, so it counts as
/// a time only with น. or นาฬิกา after it, or เวลา before it (and no ชั่วโมง or นาที
/// after: "ใช้เวลา 1.30 ชั่วโมง" is a duration). An hour alone needs น. or นาฬิกา.
struct ClockTimeReader: Sendable {
    private static let timeWord = Array("เวลา".unicodeScalars)
    private static let oClock = Array("นาฬิกา".unicodeScalars)
    private static let durationWords = ["ชั่วโมง", "ชม", "นาที"].map { Array($0.unicodeScalars) }

    func time(in scalars: [Unicode.Scalar]) -> (hour: Int, minute: Int)? {
        var index = 0
        while index < scalars.count {
            guard DateDigit.isDigit(scalars[index]) else { index += 1; continue }
            let candidate = read(in: scalars, at: index)
            if let time = candidate.time, isTime(in: scalars, from: index, to: candidate.end, hasMinutes: candidate.hasMinutes) {
                return time
            }
            index = max(candidate.end, index + 1)
        }
        return nil
    }

    /// Reads H, HH, H.MM or HH.MM (also with a colon) at `start`, which begins a run of
    /// digits. `time` is nil when the digits there do not make a valid time.
    private func read(in scalars: [Unicode.Scalar], at start: Int) -> (time: (hour: Int, minute: Int)?, end: Int, hasMinutes: Bool) {
        let hourEnd = digitRunEnd(in: scalars, from: start)
        // Part of a longer number (4.1.3, 97.28.5) when a dot or digit comes just before.
        if start > 0, scalars[start - 1] == "." || scalars[start - 1] == ":" {
            return (nil, skipNumber(in: scalars, from: hourEnd), false)
        }
        guard hourEnd - start <= 2, let hour = value(of: scalars[start..<hourEnd]) else {
            return (nil, skipNumber(in: scalars, from: hourEnd), false)
        }
        guard hourEnd + 1 < scalars.count, scalars[hourEnd] == "." || scalars[hourEnd] == ":",
              DateDigit.isDigit(scalars[hourEnd + 1]) else {
            return (hour <= 24 ? (hour, 0) : nil, hourEnd, false)
        }
        let minuteEnd = digitRunEnd(in: scalars, from: hourEnd + 1)
        let followedByMore = minuteEnd + 1 < scalars.count && (scalars[minuteEnd] == "." || scalars[minuteEnd] == ":")
            && DateDigit.isDigit(scalars[minuteEnd + 1])
        guard minuteEnd - hourEnd - 1 == 2, !followedByMore, let minute = value(of: scalars[hourEnd + 1..<minuteEnd]),
              minute < 60, hour < 24 || (hour == 24 && minute == 0) else {
            return (nil, skipNumber(in: scalars, from: minuteEnd), false)
        }
        return ((hour, minute), minuteEnd, true)
    }

    /// Whether the number between `start` and `end` is used as a time.
    private func isTime(in scalars: [Unicode.Scalar], from start: Int, to end: Int, hasMinutes: Bool) -> Bool {
        if hasOClockAfter(in: scalars, at: skipSpaces(in: scalars, from: end)) { return true }
        // 09.00 – 12.00 น.: the first time of a range takes the unit of the second.
        var next = skipSpaces(in: scalars, from: end)
        if next < scalars.count, DateTokenizer.isDash(scalars[next]) {
            next = skipSpaces(in: scalars, from: next + 1)
            if next < scalars.count, DateDigit.isDigit(scalars[next]) {
                let second = read(in: scalars, at: next)
                if second.time != nil, hasOClockAfter(in: scalars, at: skipSpaces(in: scalars, from: second.end)) {
                    return true
                }
            }
        }
        guard hasMinutes, hasTimeWordBefore(in: scalars, at: start) else { return false }
        let after = skipSpaces(in: scalars, from: end)
        return !Self.durationWords.contains { hasPrefix($0, in: scalars, at: after) }
    }

    /// น. (but not น.ส., นางสาว), a น standing alone, or นาฬิกา.
    private func hasOClockAfter(in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        if hasPrefix(Self.oClock, in: scalars, at: index) { return true }
        guard index < scalars.count, scalars[index] == "น" else { return false }
        let next = index + 1
        if next < scalars.count, scalars[next] == "." {
            let afterDot = next + 1
            return !(afterDot < scalars.count && scalars[afterDot] == "ส")
        }
        return next == scalars.count || !ThaiAbbreviation.isThaiLetter(scalars[next])
    }

    private func hasTimeWordBefore(in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index
        while position > 0, DateTokenizer.isWhiteSpace(scalars[position - 1]) { position -= 1 }
        let start = position - Self.timeWord.count
        return start >= 0 && hasPrefix(Self.timeWord, in: scalars, at: start)
    }

    private func hasPrefix(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= scalars.count else { return false }
        for offset in 0..<word.count where scalars[start + offset] != word[offset] { return false }
        return true
    }

    private func digitRunEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var position = start
        while position < scalars.count, DateDigit.isDigit(scalars[position]) { position += 1 }
        return position
    }

    /// Past digits, dots and colons: the rest of a number that is no time.
    private func skipNumber(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var position = start
        while position < scalars.count,
              DateDigit.isDigit(scalars[position]) || scalars[position] == "." || scalars[position] == ":" {
            position += 1
        }
        return position
    }

    private func skipSpaces(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var position = start
        while position < scalars.count, DateTokenizer.isWhiteSpace(scalars[position]) { position += 1 }
        return position
    }

    /// The value of at most two digits.
    private func value(of digits: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !digits.isEmpty, digits.count <= 2 else { return nil }
        var value = 0
        for scalar in digits {
            guard let digit = DateDigit.value(of: scalar) else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
