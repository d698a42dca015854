import ArgumentParser
import FactCheckKit

struct CorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "The public corrections log: every change to a published verdict, newest first.",
        discussion: """
            Each entry says what was published, what it became (or that it was withdrawn), why and when. \
            Entries are made by 'factcheck mark --correction', 'factcheck withdraw --correction' and \
            'factcheck unpublish'; they are never changed or removed. Editors are not named: see 'factcheck history ID'.
            """
    )

    @Option(help: ArgumentHelp("Only corrections to claims of this article.", valueName: "id"))
    var article: ArticleIDArgument?

    @Option(help: "Output format: text or json.")
    var format: DetailFormat = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let corrections = try database.open().corrections(articleID: article?.id)
        switch format {
        case .json:
            Console.out(try JSONOutput.string(corrections))
        case .text:
            Console.out(CorrectionsText.render(corrections).trimmingTrailingNewline())
        }
    }
}
