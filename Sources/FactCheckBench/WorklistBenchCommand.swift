import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

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

    private func ms(_ seconds: Double) -> String { Output.f(seconds * 1000, 2) + " ms" }
}
