// swift-tools-version:6.0
// libFuzzer harnesses for ita, kept apart from the main package so that its build and CI are
// untouched. See README.md for how to build and run them.
import PackageDescription

let package = Package(
    name: "ita-fuzz",
    dependencies: [
        .package(name: "ita", path: "../.."),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzNormalizer", dependencies: ["FuzzDriver", .product(name: "ThaiText", package: "ita")]),
        .executableTarget(name: "FuzzRepair", dependencies: ["FuzzDriver", .product(name: "ThaiText", package: "ita")]),
        .executableTarget(name: "FuzzDates", dependencies: ["FuzzDriver", .product(name: "ThaiText", package: "ita")]),
        .executableTarget(name: "FuzzTextReport", dependencies: [
            "FuzzDriver", .product(name: "ReportLayout", package: "ita"), .product(name: "ITAKit", package: "ita"),
        ]),
        .executableTarget(name: "FuzzTables", dependencies: ["FuzzDriver", .product(name: "ReportLayout", package: "ita")]),
        .executableTarget(name: "FuzzLayout", dependencies: [
            "FuzzDriver", .product(name: "PDFText", package: "ita"), .product(name: "ReportLayout", package: "ita"),
        ]),
        .executableTarget(name: "FuzzPDF", dependencies: [
            "FuzzDriver", .product(name: "PDFText", package: "ita"), .product(name: "ReportLayout", package: "ita"),
        ]),
    ]
)
