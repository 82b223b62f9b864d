import ArgumentParser
import ReportLayout

/// `--no-repair`, shared by the commands that read PDFs and reports: the dictionary-guided
/// repair (lost SARA AM, displaced or dropped marks) is on unless a person asks to see the
/// text layer as it is.
struct RepairOption: ParsableArguments {
    @Flag(name: .customLong("no-repair"),
          help: "Leave the text as the file has it, without the dictionary-guided repair of lost SARA AM and displaced or dropped marks.")
    var noRepair = false

    var reader: PDFTextReader { PDFTextReader(repair: !noRepair) }
}
