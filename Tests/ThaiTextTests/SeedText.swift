import Foundation

/// The seed report (เทศบาลเมืองเมืองพล, ITA 2568), correctly written Thai, read from the
/// package's Samples folder.
enum SeedText {
    static var url: URL {
        URL(fileURLWithPath: #filePath)  // …/Tests/ThaiTextTests/SeedText.swift
            .deletingLastPathComponent()  // ThaiTextTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Samples/muangphon-2568.txt")
    }

    static func load() throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    static func lines() throws -> [Substring] {
        try load().split(separator: "\n", omittingEmptySubsequences: false)
    }
}
