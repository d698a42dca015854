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

    @OptionGroup var view: ClaimViewOptions

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try view.print(try database.open().claimHistory(view.id.id), asText: ClaimHistoryText.render)
    }
}
