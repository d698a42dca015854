import ArgumentParser
import FactCheckKit

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every change to a claim: who, when, what it was, what it became, and why.",
        discussion: """
            The history is append-only: status changes, verdict overrides, citations added and withdrawn, \
            assignments and text edits are all kept, oldest first.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id (see 'factcheck claims').", valueName: "id"))
    var id: ClaimIDArgument

    @Option(help: "Output format: text or json.")
    var format: DetailFormat = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let history = try database.open().claimHistory(id.id)
        switch format {
        case .text: Console.out(ClaimHistoryText.render(history).trimmingTrailingNewline())
        case .json: Console.out(JSONOutput.string(history))
        }
    }
}
