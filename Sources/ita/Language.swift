import ArgumentParser

/// The language of ita's messages to people.
enum Language: String, ExpressibleByArgument, CaseIterable {
    case th, en
}

/// `--lang`, shared by every command.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of messages: th (default) or en.")
    var language: Language = .th
}
