import ArgumentParser
import FactCheckBenchKit
import FactCheckKit

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
