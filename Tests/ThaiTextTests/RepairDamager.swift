import ThaiText

/// Damages correct Thai the ways the repair set needs, one kind per line, seeded: a displaced
/// mark with a space after it, every SARA AM of the line lost, a split SARA AM, marks out of
/// order, U+FFFD for NIKHAHIT, a dropped tone mark. Generated, not real damage: real lines are in
/// `RepairRealLineTests`.
struct RepairDamager {
    private var random: SplitMix64
    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    enum Kind: CaseIterable { case displaced, lostSaraAm, splitSaraAm, markOrder, replacementCharacter, droppedTone }

    mutating func damage(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        let kind = random.pick(Kind.allCases)
        var sites: [Int] = []
        for index in scalars.indices.dropFirst(2) {
            let previous = scalars[index - 1]
            switch kind {
            case .displaced:
                if ThaiCharacter.isCombiningMark(scalars[index]), ThaiCharacter.isConsonant(previous),
                   index + 1 < scalars.count, ThaiCharacter.isConsonant(scalars[index + 1]) { sites.append(index) }
            case .lostSaraAm, .splitSaraAm, .replacementCharacter:
                if scalars[index] == ThaiCharacter.saraAm { sites.append(index) }
            case .markOrder:
                if ThaiCharacter.isToneMark(scalars[index]), ThaiCharacter.markOrder(previous) == 0 { sites.append(index) }
            case .droppedTone:
                if ThaiCharacter.isToneMark(scalars[index]) { sites.append(index) }
            }
        }
        guard !sites.isEmpty else { return line }
        let site = random.pick(sites)
        switch kind {
        case .displaced:
            let mark = scalars.remove(at: site)
            scalars.insert(contentsOf: [mark, " "], at: site + 1)
        // A font that loses SARA AM loses every one of the line (`LineEvidence`).
        case .lostSaraAm: for site in sites { scalars[site] = ThaiCharacter.saraAa }
        case .splitSaraAm: scalars.replaceSubrange(site...site, with: [ThaiCharacter.nikhahit, ThaiCharacter.saraAa])
        case .replacementCharacter: scalars.replaceSubrange(site...site, with: ["\u{FFFD}", ThaiCharacter.saraAa])
        case .markOrder: scalars.swapAt(site - 1, site)
        case .droppedTone: scalars.remove(at: site)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
