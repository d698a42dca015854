import Foundation
import Testing
import TestSupport

/// Every command's full `--help`, pinned in `Help/<binary>[-<command>...].txt`, so a change to help is a reviewed change.
///
/// Commands are found by walking each binary's SUBCOMMANDS lists, so a command added on another branch is caught
/// (its snapshot is missing) and a removed one too (its snapshot is left over). After a deliberate change,
/// regenerate with `FACTCHECK_UPDATE_GOLDEN=1 swift test --filter HelpGoldenTests` and read the diff.
@Suite("help snapshots")
struct HelpGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Help")
    static let updating = ProcessInfo.processInfo.environment["FACTCHECK_UPDATE_GOLDEN"] == "1"

    @Test("factcheck and factcheck-bench: every command's help matches its snapshot, and no snapshot is stale")
    func everyCommand() throws {
        var expected: Set<String> = []
        for (name, binary) in [("factcheck", Paths.binary), ("factcheck-bench", Paths.benchBinary)] {
            for path in try Self.commandPaths(binary) {
                let file = ([name] + path).joined(separator: "-") + ".txt"
                expected.insert(file)
                let help = try Self.help(binary, path)
                let url = Self.folder.appendingPathComponent(file)
                if Self.updating {
                    try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                    try Data(help.utf8).write(to: url)
                    continue
                }
                guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
                    Issue.record("no help snapshot \(file); run FACTCHECK_UPDATE_GOLDEN=1 swift test --filter HelpGoldenTests")
                    continue
                }
                #expect(help == stored, "help of '\(([name] + path).joined(separator: " "))' changed; regenerate on purpose")
            }
        }
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []).filter { $0.hasSuffix(".txt") }
        for stale in present.subtracting(expected).sorted() {
            if Self.updating {
                try FileManager.default.removeItem(at: Self.folder.appendingPathComponent(stale))
            } else {
                Issue.record("help snapshot \(stale) names no command; regenerate with FACTCHECK_UPDATE_GOLDEN=1")
            }
        }
        #expect(expected.count > 15)
    }

    @Test("discussion text is written as paragraphs: no help line is wrapped short of the width it could fill")
    func discussionsAreParagraphs() throws {
        for path in try Self.commandPaths(Paths.binary) {
            let lines = try Self.help(Paths.binary, path).split(separator: "\n", omittingEmptySubsequences: false)
            // The discussion stands between OVERVIEW and USAGE. A hard-wrapped source line shows as a short line
            // followed by another line of the same paragraph (the parser fills lines to one short of COLUMNS).
            guard let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }) else { continue }
            let discussion = lines[1..<usage]
            for line in discussion where line.drop(while: { $0 == " " }).contains("  ") {
                // A source line continued inside the string ('says \' then the next line's indent) shows as a gap.
                Issue.record("'factcheck \(path.joined(separator: " "))' has a run of spaces inside a line: \(line)")
            }
            for (line, next) in zip(discussion, discussion.dropFirst()) where !line.isEmpty && !next.isEmpty {
                let nextWord = next.split(separator: " ").first.map(\.count) ?? 0
                #expect(line.count + 1 + nextWord >= 120, "'factcheck \(path.joined(separator: " "))' wraps early: \(line)")
            }
        }
    }

    /// `[]` for the root, then every subcommand path, depth first, in the order help lists them.
    static func commandPaths(_ binary: URL, _ prefix: [String] = []) throws -> [[String]] {
        var paths = [prefix]
        for name in subcommands(in: try help(binary, prefix)) {
            paths += try commandPaths(binary, prefix + [name])
        }
        return paths
    }

    static func help(_ binary: URL, _ path: [String]) throws -> String {
        let result = try CLI.run(path + ["--help"], environment: ["COLUMNS": "120"], binary: binary)
        guard result.status == 0 else { throw HelpFailure(path: path, stderr: result.stderr) }
        return result.stdout
    }

    /// The names listed under SUBCOMMANDS: (two-space indent; wrapped abstracts are indented further).
    static func subcommands(in help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0 != "help" }
    }

    struct HelpFailure: Error, CustomStringConvertible {
        var path: [String]
        var stderr: String
        var description: String { "--help of \(path) failed: \(stderr)" }
    }
}
