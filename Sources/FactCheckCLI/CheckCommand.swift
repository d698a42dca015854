import ArgumentParser
import FactCheckKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database for damage and broken references, and say what it holds.",
        discussion: """
            Runs SQLite's integrity check and foreign-key check. Reads only: nothing is changed or repaired. \
            Exits 0 when the database is healthy and 65 when a problem was found (each is listed).
            """
    )

    @Option(help: "Output format: text, or json (healthy, problems, schema_version, contents).")
    var format: DetailFormat = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let report = try database.open().check()
        if format == .json {
            Console.out(try JSONOutput.string(report))
            if !report.isHealthy { throw DatabaseProblems(path: database.path, count: report.problems.count) }
            return
        }
        let contents = report.contents.described + " (schema version \(report.schemaVersion))"
        if report.isHealthy {
            Console.out("database \(database.path) is healthy: storage intact, every reference resolves; \(contents)")
            return
        }
        for problem in report.problems { Console.out("problem: \(problem)") }
        throw DatabaseProblems(path: database.path, count: report.problems.count)
    }
}

/// `check` found damage; each problem was listed on standard output already.
struct DatabaseProblems: FactCheckFailure {
    let path: String
    let count: Int
    var errorDescription: String? {
        "database \(path) has \(count) problem\(count == 1 ? "" : "s") (listed above); restore it from a 'factcheck backup' copy"
    }
    var exitStatus: ExitStatus { .dataError }
}
