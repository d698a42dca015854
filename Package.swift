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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The system SQLite C library (Debian: libsqlite3-dev), found through pkg-config.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // libcurl, loaded with dlopen when a page is fetched (`ingest URL`), so no other command loads it.
        .target(name: "CCurl"),
        // SHA-256 blocks through the x86 SHA extensions, where the processor has them (SHA256.swift falls back).
        .target(name: "CSHA256"),
        // All logic: models, store, extraction, reports. No printing, no exiting.
        .target(
            name: "FactCheckKit",
            dependencies: ["CSQLite", "CCurl", "CSHA256"]
        ),
        // The web workbench and JSON API (`factcheck serve`): routes and thin handlers over FactCheckKit.
        .target(
            name: "FactCheckServer",
            dependencies: [
                "FactCheckKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The command surface: one file per command.
        .target(
            name: "FactCheckCLI",
            dependencies: [
                "FactCheckKit",
                "FactCheckServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "factcheck",
            dependencies: ["FactCheckCLI"]
        ),
        // Developer tools, kept out of the engine: the evaluation against external suites, the benchmark corpus
        // generator and timings, and the SQLite floor writer. Reaches engine internals through `package` access.
        .target(
            name: "FactCheckBenchKit",
            dependencies: ["FactCheckKit", "CSQLite"]
        ),
        // `factcheck-bench`: evaluation and scale benchmarks (see BENCHMARKS.md). Not part of the shipped tool.
        .executableTarget(
            name: "FactCheckBench",
            dependencies: [
                "FactCheckBenchKit",
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
            dependencies: ["FactCheckKit", "FactCheckBenchKit", "TestSupport"],  // the bench kit only for its seeded corpus
            exclude: ["Reports/Golden", "Extraction/Golden", "Store/Fixtures", "Matching/Fixtures"]  // expected outputs and fixture databases, read by path from the tests
        ),
        // In-process router tests of the server (no sockets).
        .testTarget(
            name: "FactCheckServerTests",
            dependencies: [
                "FactCheckServer", "FactCheckKit", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "FactCheckBenchKitTests",
            dependencies: ["FactCheckBenchKit", "FactCheckKit", "TestSupport"]
        ),
        // End-to-end tests run the built `factcheck` and `factcheck-bench` binaries, so they depend on them.
        .testTarget(
            name: "FactCheckCLITests",
            dependencies: ["factcheck", "FactCheckBench", "FactCheckKit", "FactCheckBenchKit", "TestSupport"],
            exclude: ["Help"]  // help snapshots, read by path from HelpGoldenTests
        ),
    ]
)
