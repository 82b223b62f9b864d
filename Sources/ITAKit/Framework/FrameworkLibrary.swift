import Foundation

/// The frameworks of every fiscal year the templates cover: `Templates/frameworks/<year>.json`.
public enum FrameworkLibrary {
    /// The folder under `TemplatesFolder.url` that holds the framework templates.
    public static let folderName = "frameworks"

    private static let cache = LoadOnceCache<Int, Framework?>()

    /// Every framework in Templates/frameworks, keyed by fiscal year. Files other than
    /// `.json` (a README) are left alone.
    public static func load() throws -> [Int: Framework] {
        try load(from: TemplatesFolder.url.appendingPathComponent(folderName, isDirectory: true))
    }

    /// The framework of `fiscalYear`, nil when no template covers it (2561, 2569). Only that
    /// year's template is read, once: reading them all costs a run on one report 15 ms.
    public static func framework(for fiscalYear: Int) throws -> Framework? {
        try cache.value(for: fiscalYear) {
            let file = TemplatesFolder.url.appendingPathComponent(folderName, isDirectory: true)
                .appendingPathComponent("\(fiscalYear).json")
            guard FileManager.default.fileExists(atPath: file.path) else { return nil }
            return try load(file: file, itemsWhenAskedFor: true)
        }
    }

    /// The framework of the latest year the templates cover, read once like `framework(for:)`:
    /// the best guess for a report that gives no year.
    public static func latest() throws -> Framework? {
        let folder = TemplatesFolder.url.appendingPathComponent(folderName, isDirectory: true)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw FrameworkError.folderUnreadable(path: folder.path)
        }
        return try years().max().flatMap { try framework(for: $0) }
    }

    /// The fiscal years the templates cover, from the names of their files (none read).
    public static func years() -> [Int] {
        let folder = TemplatesFolder.url.appendingPathComponent(folderName, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { $0.hasSuffix(".json") ? Int($0.dropLast(5)) : nil }.sorted()
    }

    /// Every framework in `folder`: what `load()` does, for another folder (tests, drafts).
    public static func load(from folder: URL) throws -> [Int: Framework] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw FrameworkError.folderUnreadable(path: folder.path)
        }
        var frameworks: [Int: Framework] = [:]
        // Sorted, so that with several broken files the same one is reported each time.
        for name in names.sorted() where name.hasSuffix(".json") {
            let framework = try load(file: folder.appendingPathComponent(name))
            frameworks[framework.fiscalYear] = framework
        }
        return frameworks
    }

    /// One template. Its name must be its fiscal year: `2568.json` holds `"fiscalYear": 2568`.
    /// Its items are read now and checked, unless `itemsWhenAskedFor` (a run on a report).
    public static func load(file: URL, itemsWhenAskedFor: Bool = false) throws -> Framework {
        let name = file.lastPathComponent
        let shown = "\(folderName)/\(name)"
        guard let year = Int(name.dropLast(".json".count)), name.hasSuffix(".json") else {
            throw FrameworkError.misnamed(file: shown, problem: "a framework template is named after its fiscal year, e.g. 2568.json")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw FrameworkError.fileUnreadable(file: shown)
        }
        let framework: Framework
        do {
            let decoder = JSONDecoder()
            if itemsWhenAskedFor { decoder.userInfo[Framework.templateData] = data }
            framework = try decoder.decode(Framework.self, from: data)
        } catch let error as DecodingError {
            throw DecodingProblem.error(for: error, file: shown, data: data)
        }
        guard framework.fiscalYear == year else {
            throw FrameworkError.misnamed(file: shown, problem: "the file is named \(name) but says \"fiscalYear\": \(framework.fiscalYear)")
        }
        return framework
    }
}
