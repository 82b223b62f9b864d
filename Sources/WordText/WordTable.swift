/// A table of a Word part as written: its rows of cells, each cell with its span and merge.
struct WordTable: Equatable {
    /// The columns of its grid (`w:tblGrid`).
    var gridColumns = 0
    var rows: [Row] = []

    struct Row: Equatable {
        /// Grid columns left empty before its first cell and after its last (`w:gridBefore`, `w:gridAfter`).
        var gridBefore = 0
        var gridAfter = 0
        var cells: [Cell] = []
    }

    struct Cell: Equatable {
        enum VerticalMerge: Equatable {
            /// The first cell of cells merged down (`w:vMerge w:val="restart"`).
            case restart
            /// A cell merged into the one above (`w:vMerge` without a value, or `continue`).
            case `continue`
        }

        /// Grid columns it spans (`w:gridSpan`).
        var span = 1
        var verticalMerge: VerticalMerge?
        /// A cell merged into the one to its left (`w:hMerge w:val="continue"`, which Word 2003 wrote).
        var continuesLeft = false
        var blocks: [WordBlock] = []
    }
}
