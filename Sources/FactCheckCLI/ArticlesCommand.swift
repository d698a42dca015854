import ArgumentParser
import FactCheckKit

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List every article with its claim counts by status."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
    }

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let summaries = try database.open().articleSummaries()
        switch format {
        case .table: Console.out(ArticleList.table(summaries, width: Console.width).trimmingTrailingNewline())
        case .json: Console.out(try JSONOutput.string(summaries))
        }
    }
}
