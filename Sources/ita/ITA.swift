import ArgumentParser

@main
struct ITA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ita",
        abstract: "Read Thai agencies' ITA reports (PDF, Word or text) as exact Thai text and checked data.",
        discussion: """
        ita reads the text of a PDF from where each glyph is drawn, so Thai tone marks and vowels \
        stay on their letters, and repairs text that other tools damaged.

        Examples:
          ita text report.pdf                 the whole report as text
          ita text report.pdf --pages 3-5     pages 3 to 5
          ita tables report.pdf --format csv  its tables, whole across pages
          ita extract report.pdf -o r.json    the report as data (JSON)
          ita validate draft.pdf              what does not add up, and where
          ita validate draft.docx             the same for a Word draft, by paragraph and table row
          ita normalize copied.txt            repair Thai text copied from elsewhere
          pdftotext -layout a.pdf - | ita normalize
          ita dataset add reports/            many reports into one dataset (ita.sqlite)
        """,
        version: Version.text,
        subcommands: [TextCommand.self, TablesCommand.self, ExtractCommand.self, ValidateCommand.self, NormalizeCommand.self, DatasetCommand.self, ServeCommand.self]
    )

    static func main() {
        WarmStart.begin(arguments: CommandLine.arguments)
        main(nil)
    }
}
