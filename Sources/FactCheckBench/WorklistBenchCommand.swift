import ArgumentParser
import FactCheckKit
import Foundation

/// The `factcheck` binary built beside this one.
struct BinaryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The factcheck binary to time (default: the one beside factcheck-bench).", valueName: "path"))
    var factcheck: String?

    var path: String {
        factcheck ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("factcheck").path
    }
}

struct WorklistBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worklist",
        abstract: "Time 'claims --status unverified --limit 50' and 'claims --search WORD --limit 50' on databases.",
        discussion: """
            For each database: the query in process (FactCheckStore.claims, then the footer count), its
            EXPLAIN QUERY PLAN, and the whole 'factcheck claims' process against 'factcheck --version' (start-up).
            """
    )

    @Option(help: ArgumentHelp("A database to query (repeatable).", valueName: "path"))
    var db: [String]

    @Option(help: ArgumentHelp("A word to search for (repeatable).", valueName: "word"))
    var word: [String] = ["bridge"]

    @Option(help: "Runs per figure; medians are reported.")
    var runs: Int = 11

    @OptionGroup var binary: BinaryOptions

    func run() throws {
        let startup = try median((0..<runs).map { _ in try ChildProcess.run(binary.path, ["--version"]).seconds })
        print("start-up baseline: factcheck --version \(ms(startup))")
        for path in db {
            let store = try FactCheckStore(path: path, mode: .existing)
            let total = try store.countClaims(ClaimFilter())
            print("\(path): \(total) claims")
            var cases: [(String, ClaimFilter, [String])] = [
                ("--status unverified", ClaimFilter(statuses: [.unverified], limit: 50), ["--status", "unverified"]),
            ]
            for word in self.word {
                cases.append(("--search \(word)", ClaimFilter(search: word, limit: 50), ["--search", word]))
            }
            for (name, filter, arguments) in cases {
                let m = try WorklistBenchmark.measure(name, filter: filter, store: store, countCap: 10_000, runs: runs)
                let matches = try store.countClaims(filter)
                let process = try median((0..<runs).map { _ in
                    try ChildProcess.run(binary.path, ["claims"] + arguments + ["--limit", "50", "--db", path]).seconds
                })
                print("  claims \(name) --limit 50: \(matches) match; query \(ms(m.querySeconds)) + footer count \(ms(m.countSeconds));"
                    + " process \(ms(process)) (start-up \(ms(startup)))")
                print("    plan: \(m.plan.joined(separator: " | "))")
            }
        }
    }

    private func ms(_ seconds: Double) -> String { Report.f(seconds * 1000, 2) + " ms" }
}

struct ReportBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Time 'factcheck report' in every format on databases: seconds and peak memory (ru_maxrss)."
    )

    @Option(help: ArgumentHelp("A database to export (repeatable).", valueName: "path"))
    var db: [String]

    @Option(help: "Runs per figure; medians are reported (peak memory: the largest).")
    var runs: Int = 3

    @OptionGroup var binary: BinaryOptions

    @Option(help: ArgumentHelp("Folder for the report files.", valueName: "path"))
    var work: String = "/tmp/factcheck-bench"

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let baseline = try (0..<runs).map { _ in try ChildProcess.run(binary.path, ["--version"]) }
        print("baseline: factcheck --version \(Report.f(median(baseline.map(\.seconds)), 3)) s, peak \(baseline.map(\.peakKilobytes).max()!) KB")
        for path in db {
            let total = try FactCheckStore(path: path, mode: .existing).countClaims(ClaimFilter())
            print("\(path): \(total) claims")
            for format in ReportFormat.allCases {
                let output = "\(work)/report.\(format.rawValue)"
                let results = try (0..<runs).map { _ in
                    try ChildProcess.run(binary.path, ["report", "--format", format.rawValue, "-o", output, "--db", path])
                }
                let size = (try? FileManager.default.attributesOfItem(atPath: output))?[.size] as? Int ?? 0
                print("  report --format \(format.rawValue): \(Report.f(median(results.map(\.seconds)), 2)) s,"
                    + " peak \(results.map(\.peakKilobytes).max()!) KB, \(Report.f(Double(size) / 1_000_000, 1)) MB written,"
                    + " exit \(results.map(\.status).max()!)")
                try? FileManager.default.removeItem(atPath: output)
            }
        }
    }
}
