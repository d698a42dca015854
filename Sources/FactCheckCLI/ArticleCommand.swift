import ArgumentParser
import FactCheckKit

struct ArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Show one article with its metadata, its text and its claims marked in place.",
        discussion: """
            Text output marks each claim where it stands in the article as [claim ID: sentence]. JSON output has the \
            keys id, title, publication, author, url, published, body and claims (each claim as in 'factcheck claims \
            --format json').
            """
    )

    @Argument(help: ArgumentHelp("The article's id (see 'factcheck articles').", valueName: "id"))
    var id: ArticleIDArgument

    @Option(help: "Output format: text or json.")
    var format: DetailFormat = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let detail = try database.open().articleDetail(id.id)
        switch format {
        case .text: Console.out(ArticleDetailText.render(detail).trimmingTrailingNewline())
        case .json: Console.out(try JSONOutput.string(detail))
        }
    }
}
