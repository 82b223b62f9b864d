import Foundation

enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samplePDF = packageRoot.appendingPathComponent("Samples/muangphon-2568-laksaman.pdf").path

    static func temporaryFile(named name: String, contents: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ita-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }
}
