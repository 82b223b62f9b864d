/// The checks across a framework's parts: the tools against each other, the tools against
/// the indicators, and the items against the indicators.
///
/// Why: a template states some facts twice (a tool's indicator numbers, and each indicator's
/// tool) so that a person reading either part sees them; a hand edit that changes one and
/// not the other must be caught here, not by a validator giving agencies wrong verdicts.
extension Framework {
    func checkTools<K: CodingKey>(_ container: KeyedDecodingContainer<K>) throws {
        let key = K(stringValue: "tools")!
        func fail(_ problem: String) -> DecodingError {
            DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: problem)
        }
        let codes = tools.map(\.code)
        guard codes.sorted() == Self.toolCodes.sorted() else {
            throw fail("the tools are \(codes.joined(separator: ", ")); a framework has IIT, EIT and OIT, each once")
        }
        let percent = tools.reduce(0) { $0 + $1.weight } * 100
        guard abs(percent - 100) < 0.001 else {
            let parts = tools.map { "\($0.code) \(Self.formatted($0.weight * 100))" }.joined(separator: " + ")
            throw fail("the weights add up to \(Self.formatted(percent)) % (\(parts)), not 100 %")
        }
    }

    func checkIndicators<K: CodingKey>(_ container: KeyedDecodingContainer<K>) throws {
        let key = K(stringValue: "indicators")!
        func fail(_ problem: String) -> DecodingError {
            DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: problem)
        }
        var numbers: Set<Int> = []
        for indicator in indicators {
            guard numbers.insert(indicator.number).inserted else { throw fail("indicator \(indicator.number) appears twice") }
        }
        for indicator in indicators {
            let owners = tools.filter { $0.indicatorNumbers.contains(indicator.number) }
            guard let owner = owners.first else {
                throw fail("indicator \(indicator.number) (\(indicator.name)) is in no tool's \"indicatorNumbers\"")
            }
            guard owners.count == 1 else {
                throw fail("indicator \(indicator.number) is listed by \(owners.map(\.code).joined(separator: " and ")); it belongs to one tool")
            }
            guard indicator.tool == owner.code else {
                throw fail("indicator \(indicator.number) says its tool is \(indicator.tool), but \(owner.code) lists it in \"indicatorNumbers\"")
            }
        }
        for tool in tools {
            for number in tool.indicatorNumbers where !numbers.contains(number) {
                throw fail("\(tool.code) lists indicator \(number), which is not among the indicators")
            }
        }
    }

    /// The items, each given its indicator's tool, once their codes are known to be unique,
    /// their indicators to exist and their letters to fit the tool (i for IIT, e for EIT,
    /// o for OIT). Why check the letter: an item filed under the wrong indicator would give a
    /// report's score to the wrong tool without anything else noticing.
    func checkedItems<K: CodingKey>(_ items: [ItemDefinition], in container: KeyedDecodingContainer<K>) throws -> [ItemDefinition] {
        switch Self.checked(items, indicators: indicators) {
        case .success(let checked): return checked
        case .failure(let problem):
            throw DecodingError.dataCorruptedError(forKey: K(stringValue: "items")!, in: container, debugDescription: problem.text)
        }
    }

    struct ItemProblem: Error { var text: String }

    static func checked(_ items: [ItemDefinition], indicators: [IndicatorDefinition]) -> Result<[ItemDefinition], ItemProblem> {
        var codes: Set<String> = []
        var checked: [ItemDefinition] = []
        for var item in items {
            guard codes.insert(ItemDefinition.key(of: item.code)).inserted else {
                return .failure(ItemProblem(text: "item \(item.code) appears twice; each code is one question or item"))
            }
            guard let indicator = indicators.first(where: { $0.number == item.indicator }) else {
                let known = indicators.map { String($0.number) }.joined(separator: ", ")
                return .failure(ItemProblem(text: "item \(item.code) is under indicator \(item.indicator), which is not among the indicators (\(known))"))
            }
            let expected = ItemDefinition.toolOfLetter[item.letter] ?? "?"
            guard indicator.tool == expected else {
                return .failure(ItemProblem(text: "item \(item.code) is under indicator \(indicator.number) (\(indicator.name)), an \(indicator.tool) indicator; an item whose code starts with \(item.letter) belongs to an \(expected) indicator"))
            }
            item.tool = indicator.tool
            checked.append(item)
        }
        return .success(checked)
    }

    /// 30, 92.5: no trailing zeros, for messages.
    static func formatted(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
