import ArgumentParser
import FactCheckKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one claim in its article context, with its quantities, evidence and history."
    )

    @OptionGroup var view: ClaimViewOptions

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try view.print(try database.open().claimDetail(view.id.id), asText: ClaimDetailText.render)
    }
}

extension String {
    func trimmingTrailingNewline() -> String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
