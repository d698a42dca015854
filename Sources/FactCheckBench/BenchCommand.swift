import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

/// `factcheck-bench`: the scale benchmarks in BENCHMARKS.md, each against a floor measured in the same run.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck-bench",
        abstract: "Scale benchmarks for factcheck, each against the SQLite floor or a baseline measured in the same run.",
        discussion: "Build with 'swift build -c release' first; BENCHMARKS.md lists every command and figure.",
        subcommands: [
            EvalCommand.self, CorpusCommand.self, IngestBenchCommand.self, FolderIngestBenchCommand.self, WorklistBenchCommand.self, ReportBenchCommand.self,
            ClaimMatchingCommand.self, MatchBenchCommand.self, ServeLoadCommand.self, MemoryBenchCommand.self,
            StartupBenchCommand.self, DigestBenchCommand.self,
        ]
    )

    /// Runs the command; a factcheck failure is one line on standard error and its sysexits code, as in `factcheck`.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as any FactCheckFailure {
            Output.progress("factcheck-bench: error: " + (failure.errorDescription ?? "\(failure)"))
            Foundation.exit(failure.exitStatus.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}

/// Where generated corpora and databases go.
struct WorkOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder for generated corpora and databases.", valueName: "path"))
    var work: String = "/tmp/factcheck-bench"

    @Option(help: "Seed for the corpus generator.")
    var seed: UInt64 = 42

    func corpus(articles: Int) throws -> String {
        let folder = "\(work)/corpus-\(seed)-\(articles)"
        let done = folder + "/.complete"
        if !FileManager.default.fileExists(atPath: done) {
            try? FileManager.default.removeItem(atPath: folder)
            Output.progress("writing \(articles) articles to \(folder)")
            try CorpusGenerator(seed: seed).write(count: articles, to: folder)
            _ = FileManager.default.createFile(atPath: done, contents: nil)
        }
        return folder
    }

    func database(articles: Int) -> String { "\(work)/claims-\(seed)-\(articles).db" }
}

/// The `factcheck` binary built beside this one.
struct BinaryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The factcheck binary to time (default: the one beside factcheck-bench).", valueName: "path"))
    var factcheck: String?

    var path: String {
        factcheck ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("factcheck").path
    }
}

/// Prints benchmark lines; progress goes to standard error only when it is a terminal.
enum Output {
    static let interactive = isatty(STDERR_FILENO) == 1

    /// A line of results on standard output.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func progress(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func fraction(_ phase: String, _ done: Int, _ total: Int) {
        guard interactive else { return }
        FileHandle.standardError.write(Data("\r\(phase): \(done)/\(total)   ".utf8))
        if done + 1 >= total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func f(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
}
