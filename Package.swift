// swift-tools-version:6.0
import PackageDescription

// The commit `ita --version` names: Scripts/package.sh sets ITA_COMMIT when it builds the
// release it packages. Only a hash (with -dirty for a tree with changes) is taken, so the
// value cannot break the C string it becomes; a build without it says it was not recorded.
let commit = Context.environment["ITA_COMMIT"].flatMap { value in
    value.allSatisfy({ $0.isHexDigit || "-dirty".contains($0) }) && !value.isEmpty ? value : nil
}

let package = Package(
    name: "ita",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ita", targets: ["ita"]),
        .library(name: "ThaiText", targets: ["ThaiText"]),
        .library(name: "PDFText", targets: ["PDFText"]),
        .library(name: "ReportLayout", targets: ["ReportLayout"]),
        .library(name: "ITAKit", targets: ["ITAKit"]),
        .library(name: "ITAStore", targets: ["ITAStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // poppler's core headers (pkg-config `poppler`), for CPopplerGlyphs; nothing is linked
        // from here. poppler-glib and cairo, for `ita serve`'s page pictures, are loaded when a
        // page is drawn (ITAServer's PopplerGlib), not at every start.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler",
            providers: [.apt(["libpoppler-private-dev", "libpoppler-glib-dev"])]
        ),
        // poppler's core, for the glyphs as drawn (see its header for why not poppler-glib);
        // its headers come through CPoppler's pkg-config flags.
        .target(
            name: "CPopplerGlyphs",
            dependencies: ["CPoppler"],
            linkerSettings: [.linkedLibrary("poppler")]
        ),
        // libthai's Thai dictionary (libthai-data's thbrk.tri), walked through libdatrie, for
        // the dictionary-guided repair of Thai text (ThaiText/Repair).
        .systemLibrary(
            name: "CThai",
            pkgConfig: "libthai",
            providers: [.apt(["libthai-dev"])]
        ),
        // tesseract (with leptonica) for the OCR of scanned pages: libtesseract-dev, and its
        // Thai and English models, tesseract-ocr-tha and tesseract-ocr-eng (Scripts/setup.sh).
        // Its headers only: the library is loaded when a page is first read by OCR
        // (TesseractLoader.c), not linked, so that no other run pays for loading it.
        .target(name: "CTesseract"),
        .target(name: "PDFText", dependencies: ["CPoppler", "CPopplerGlyphs"]),
        .target(name: "OCRText", dependencies: ["CTesseract", "PDFText"]),
        .target(
            name: "ThaiText",
            dependencies: ["CThai"],
            exclude: ["Resources/tnc-word-frequencies.README.md"],
            resources: [.copy("Resources/agency-words.txt"), .copy("Resources/tnc-word-frequencies.txt")]
        ),
        .target(name: "ReportLayout", dependencies: ["PDFText", "OCRText", "ThaiText"]),
        // Word drafts (.docx): the archive through ZIPFoundation, word/document.xml through
        // Foundation's streaming XMLParser, read into the same DocumentContent as a PDF.
        .target(
            name: "WordText",
            dependencies: ["ReportLayout", "ThaiText", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The ITA model, the framework of each year (Templates/, a link to the target's
        // Templates folder, built in as a resource), the parser and, later, the validator.
        .target(
            name: "ITAKit",
            dependencies: ["ReportLayout", "ThaiText"],
            resources: [.copy("Templates")]
        ),
        // Reports gathered into one SQLite dataset to compare agencies and years (`ita dataset`).
        .target(
            name: "ITAStore",
            dependencies: ["ITAKit", "ThaiText", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // `ita serve`: the local web page and its JSON API (Hummingbird). Reports are read and
        // pages rendered by child `ita` processes, so a hostile PDF cannot end the server.
        .target(
            name: "ITAServer",
            dependencies: ["ITAKit", .product(name: "Hummingbird", package: "hummingbird")],
            // No cairo linked here: PopplerGlib finds its functions through poppler-glib when a
            // page is drawn; linked, it loaded cairo and X11 at every start of every command.
            resources: [.copy("Resources")]
        ),
        // The commit baked into the build (above), for `ita --version`.
        .target(
            name: "ITABuildInfo",
            cSettings: commit.map { [.define("ITA_COMMIT", to: "\"\($0)\"")] } ?? []
        ),
        .executableTarget(
            name: "ita",
            dependencies: [
                "PDFText", "ThaiText", "ReportLayout", "WordText", "ITAKit", "ITAStore", "ITAServer", "ITABuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release is linked by the toolchain's lld with packed relative relocations (glibc
            // 2.36+, Debian 12): gold's 117,000 relative relocations took the dynamic loader
            // about 5 ms at every start, a tenth of `ita extract` on a 25-page report
            // (Benchmarks/README.md, session 28).
            linkerSettings: [
                .unsafeFlags(["-Xclang-linker", "-fuse-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        .testTarget(name: "ThaiTextTests", dependencies: ["ThaiText"]),
        .testTarget(name: "PDFTextTests", dependencies: ["PDFText"]),
        .testTarget(name: "OCRTextTests", dependencies: ["OCRText", "PDFText"]),
        .testTarget(name: "ReportLayoutTests", dependencies: ["ReportLayout", "PDFText", "ThaiText"]),
        .testTarget(
            name: "WordTextTests",
            dependencies: ["WordText", "ReportLayout", "ThaiText", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "ITAKitTests", dependencies: ["ITAKit", "ReportLayout", "ThaiText"]),
        .testTarget(name: "ITAStoreTests", dependencies: ["ITAStore", "ITAKit"]),
        .testTarget(name: "itaTests", dependencies: ["ita"]),
        .testTarget(
            name: "ITAServerTests",
            dependencies: ["ITAServer", "ita", "ITAKit", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
