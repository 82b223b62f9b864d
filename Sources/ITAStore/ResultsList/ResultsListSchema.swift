import GRDB

/// The tables of results lists (schema v3): `results_list`, one per list file (by sha256);
/// `list_result`, one per agency row, tied to the agency as a report is (by name and
/// province) and to its list and row; `list_tool_score`, the tools the row prints (points as
/// printed, score on the 0–100 scale). An agency's own report and a list's result for the same
/// year are both kept: the summary compares them.
enum ResultsListSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "results_list") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sha256", .text).notNull().unique()
            t.column("source_file", .text).notNull()
            t.column("source_path", .text)
            t.column("kind", .text).notNull()
            t.column("pages", .integer)
            t.column("fiscal_year", .integer)
            t.column("announced_by", .text)
            t.column("tool_columns", .text)
            t.column("added_at", .text).notNull()
            t.column("report_json", .text).notNull()
        }
        try db.create(table: "list_result") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("list_id", .integer).notNull().indexed().references("results_list", onDelete: .cascade)
            t.column("agency_id", .integer).notNull().indexed().references("agency", onDelete: .cascade)
            t.column("row", .integer).notNull()
            t.column("rank", .integer)
            t.column("fiscal_year", .integer).notNull()
            t.column("agency_name_written", .text).notNull()
            t.column("overall_score", .double)
            t.column("level_written", .text)
            t.column("level", .text)
            t.column("level_rank", .integer)
            t.column("passes", .boolean)
            t.column("page", .integer)
        }
        try db.create(table: "list_tool_score") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("list_result_id", .integer).notNull().indexed().references("list_result", onDelete: .cascade)
            t.column("code", .text).notNull()
            t.column("points", .double)
            t.column("score", .double)
        }
    }
}
