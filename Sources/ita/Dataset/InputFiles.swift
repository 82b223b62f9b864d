import Foundation

/// The files `ita dataset add` reads: each file named, and every .pdf, .docx and .txt under
/// each folder named (hidden files and folders left out, and the `~$` files Word keeps beside
/// a document it has open), folders in name order; each file once.
struct InputFiles {
    /// The file extensions a folder is searched for.
    static let extensions: Set<String> = ["pdf", "txt", "docx"]

    var files: [String] = []
    /// Folders named that hold no report file.
    var emptyFolders: [String] = []

    init(_ arguments: [String]) {
        var seen: Set<String> = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                // A missing file is kept: reading it says what is wrong, in the summary.
                if seen.insert(Self.key(argument)).inserted { files.append(argument) }
                continue
            }
            let found = Self.reports(in: argument)
            if found.isEmpty { emptyFolders.append(argument) }
            for file in found where seen.insert(Self.key(file)).inserted { files.append(file) }
        }
    }

    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func reports(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased())
            && !url.lastPathComponent.hasPrefix("~$") {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            // Named as the person named the folder: reports/a.txt, not /abs/reports/a.txt.
            let relative = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.lastPathComponent
            found.append((folder as NSString).appendingPathComponent(relative))
        }
        return found.sorted()
    }
}
