import ArgumentParser
import FactCheckKit
import Foundation

/// `factcheck-bench`: the scale benchmarks in BENCHMARKS.md, each against a floor measured in the same run.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factcheck-bench",
        abstract: "Scale benchmarks for factcheck, each against the SQLite floor or a baseline measured in the same run.",
        discussion: "Build with 'swift build -c release' first; BENCHMARKS.md lists every command and figure.",
        subcommands: [CorpusCommand.self, IngestBenchCommand.self, WorklistBenchCommand.self, ReportBenchCommand.self]
    )
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
            Report.progress("writing \(articles) articles to \(folder)")
            try CorpusGenerator(seed: seed).write(count: articles, to: folder)
            FileManager.default.createFile(atPath: done, contents: nil)
        }
        return folder
    }

    func database(articles: Int) -> String { "\(work)/claims-\(seed)-\(articles).db" }
}

struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write N generated articles of about 4 KB (seeded, deterministic) into a folder."
    )

    @Option(help: "How many articles.")
    var articles: Int = 1_000

    @Option(help: ArgumentHelp("Folder to write them to.", valueName: "path"))
    var output: String

    @Option(help: "Seed for the corpus generator.")
    var seed: UInt64 = 42

    func run() throws {
        let bytes = try CorpusGenerator(seed: seed).write(count: articles, to: output)
        print("\(articles) articles, \(bytes) bytes in \(output)")
    }
}

/// Prints benchmark lines; progress goes to standard error only when it is a terminal.
enum Report {
    static let interactive = isatty(STDERR_FILENO) == 1

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
