// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "factcheck",
    products: [
        .executable(name: "factcheck", targets: ["factcheck"]),
        .executable(name: "factcheck-bench", targets: ["FactCheckBench"]),
        .library(name: "FactCheckKit", targets: ["FactCheckKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system SQLite C library (Debian: libsqlite3-dev), found through pkg-config.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // All logic: models, store, extraction, reports. No printing, no exiting.
        .target(
            name: "FactCheckKit",
            dependencies: ["CSQLite"]
        ),
        // The command surface: one file per command.
        .target(
            name: "FactCheckCLI",
            dependencies: [
                "FactCheckKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "factcheck",
            dependencies: ["FactCheckCLI"]
        ),
        // Scale benchmarks against the SQLite floor (see BENCHMARKS.md). Not part of the shipped tool.
        .executableTarget(
            name: "FactCheckBench",
            dependencies: [
                "FactCheckKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets: temporary folders, the shared corpus, running the binary.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "FactCheckKitTests",
            dependencies: ["FactCheckKit", "TestSupport"],
            exclude: ["Reports/Golden", "Extraction/Golden", "Store/Fixtures", "Matching/Fixtures"]  // expected outputs and fixture databases, read by path from the tests
        ),
        // End-to-end tests run the built `factcheck` binary, so they depend on it.
        .testTarget(
            name: "FactCheckCLITests",
            dependencies: ["factcheck", "FactCheckKit", "TestSupport"]
        ),
    ]
)
