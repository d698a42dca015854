import ArgumentParser
import FactCheckKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one claim in its article context, with its quantities, evidence and history."
    )

    @Argument(help: ArgumentHelp("The claim's id (see 'factcheck claims').", valueName: "id"))
    var id: ClaimIDArgument

    @Option(help: "Output format: text or json.")
    var format: DetailFormat = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let detail = try database.open().claimDetail(id.id)
        switch format {
        case .text: Console.out(ClaimDetailText.render(detail).trimmingTrailingNewline())
        case .json: Console.out(JSONOutput.string(detail))
        }
    }
}

extension String {
    func trimmingTrailingNewline() -> String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
