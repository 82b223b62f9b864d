import ArgumentParser

struct DatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Gather many reports into one SQLite dataset to compare agencies and years.",
        discussion: """
        The dataset is one SQLite file (ita.sqlite in the current folder unless --db says \
        otherwise): agencies, matched across years by name and province (ทม. เทศบาลเมือง, \
        ทต. เทศบาลตำบล, อบต. องค์การบริหารส่วนตำบล and อบจ. องค์การบริหารส่วนจังหวัด are \
        understood), one report per agency and fiscal year with its scores, analysis, \
        measures and diagnostics.

        Examples:
          ita dataset add reports/                      every .pdf, .docx and .txt in the folder
          ita dataset add new.pdf --replace             replace that agency's report of that year
          ita dataset export --format csv -o long.csv   one row per agency, year and indicator
          ita dataset export --format csv --shape wide  one row per agency and year
          ita dataset export --format json --table measures
          ita dataset trend --agency "ทม.เมืองพล"
          ita dataset summary
        """,
        subcommands: [DatasetAddCommand.self, DatasetExportCommand.self, DatasetTrendCommand.self, DatasetSummaryCommand.self]
    )
}
