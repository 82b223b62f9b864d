import GRDB

/// The dataset's tables, made and brought up to date by GRDB's `DatabaseMigrator`: each
/// migration runs once, in order, and a database made by a newer ita is refused rather than
/// misread. Add a migration for any change; never edit one that has shipped.
///
/// Tables, in snake case so analysts can query the file with any SQLite tool:
/// agency (one row per agency, matched across years by `name_key` and `province_key`),
/// report (one per agency and fiscal year, identified by its file's sha256), and the
/// report's tool_score, indicator_score, item_score (v2), analysis, measure (with its
/// responsible_unit rows) and diagnostic rows, deleted with their report.
public enum Schema {
    /// The version written in each report row: the JSON contract's (`Report.schemaVersion`).
    public static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: agencies, reports, scores, analyses, measures, diagnostics") { db in
            try db.create(table: "agency") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("name_key", .text).notNull()
                t.column("type", .text)
                t.column("district", .text)
                t.column("province", .text)
                t.column("province_key", .text).notNull()
                t.uniqueKey(["name_key", "province_key"])
            }
            try db.create(table: "report") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("agency_id", .integer).notNull().indexed().references("agency", onDelete: .cascade)
                t.column("fiscal_year", .integer).notNull()
                t.column("source_file", .text).notNull()
                t.column("source_path", .text)
                t.column("sha256", .text).notNull().unique()
                t.column("kind", .text).notNull()
                t.column("pages", .integer)
                t.column("agency_name_written", .text)
                t.column("overall_score", .double)
                t.column("level_written", .text)
                t.column("level", .text)
                t.column("level_rank", .integer)
                t.column("passes", .boolean)
                t.column("schema_version", .integer).notNull()
                t.column("added_at", .text).notNull()
                t.column("report_json", .text).notNull()
                t.uniqueKey(["agency_id", "fiscal_year"])
            }
            try db.create(table: "tool_score") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("report_id", .integer).notNull().indexed().references("report", onDelete: .cascade)
                t.column("code", .text).notNull()
                t.column("part", .integer)
                t.column("score", .double)
                t.column("code_written", .text)
            }
            try db.create(table: "indicator_score") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("report_id", .integer).notNull().indexed().references("report", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("name_written", .text).notNull()
                t.column("tool", .text).notNull()
                t.column("score", .double)
            }
            try db.create(table: "analysis") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("report_id", .integer).notNull().indexed().references("report", onDelete: .cascade)
                t.column("indicator", .integer).notNull()
                t.column("assessment", .text)
                t.column("text", .text).notNull()
            }
            try db.create(table: "measure") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("report_id", .integer).notNull().indexed().references("report", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("indicator", .integer).notNull()
                t.column("activity", .text).notNull()
                t.column("analysis", .text).notNull()
                t.column("steps", .text).notNull()
                t.column("period_text", .text).notNull()
                t.column("period_start", .text)
                t.column("period_end", .text)
            }
            try db.create(table: "responsible_unit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("measure_id", .integer).notNull().indexed().references("measure", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("name", .text).notNull()
            }
            try db.create(table: "diagnostic") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("report_id", .integer).notNull().indexed().references("report", onDelete: .cascade)
                t.column("code", .text).notNull()
                t.column("severity", .text).notNull()
                t.column("message", .text).notNull()
                t.column("page", .integer)
                t.column("line", .integer)
                t.column("expected", .text)
                t.column("found", .text)
            }
        }
        migrator.registerMigration("v2: item scores, the measures' fiscal year, the items a measure addresses") { db in
            try db.create(table: "item_score") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("report_id", .integer).notNull().indexed().references("report", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("code", .text).notNull()
                t.column("indicator", .integer).notNull()
                t.column("tool", .text).notNull()
                t.column("score", .double)
                t.column("text_written", .text).notNull()
            }
            // Comparing one question across agencies and years is the query this serves.
            try db.create(index: "item_score_on_code", on: "item_score", columns: ["code"])
            try db.alter(table: "report") { t in
                t.add(column: "measures_fiscal_year", .integer)
            }
            try db.alter(table: "measure") { t in
                t.add(column: "items", .text).notNull().defaults(to: "")
                t.add(column: "score_quoted", .double)
                t.add(column: "findings", .text)
                t.add(column: "follow_up", .text)
            }
            try SchemaV2Backfill.run(db)
        }
        migrator.registerMigration("v3: results lists, one result per agency") { db in
            try ResultsListSchema.create(db)
        }
        migrator.registerMigration("v4: a finding's place in a Word draft") { db in
            // A .docx has no pages: its findings stand at a paragraph or a table cell, in the
            // body, a header or a footer (`ita validate` names them ย่อหน้าที่ 12, ตารางที่ 3 แถวที่ 4).
            try db.alter(table: "diagnostic") { t in
                t.add(column: "paragraph", .integer)
                t.add(column: "word_table", .integer)
                t.add(column: "word_row", .integer)
                t.add(column: "word_column", .integer)
                t.add(column: "word_part", .text)
            }
        }
        return migrator
    }()
}
