import ArgumentParser
import FactCheckKit

struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Give a claim to an editor, or release it.",
        discussion: """
            The change is recorded in the claim's history. List an editor's claims with 'factcheck claims --assignee NAME'.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "id"))
    var id: ClaimIDArgument

    @Option(help: ArgumentHelp("The editor who takes the claim; an empty name releases it.", valueName: "name"))
    var to: String?

    @Flag(help: "Release the claim so nobody holds it.")
    var unassign = false

    @Option(help: "Why, recorded in the history.")
    var note: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if unassign, to != nil { throw ValidationError("give either --to NAME or --unassign, not both") }
        if !unassign, to == nil { throw ValidationError("say who takes the claim with --to NAME, or release it with --unassign") }
    }

    func run() throws {
        let editorName = try editor.name()
        let note = try InputValidation.optionalText(note, option: "--note")
        // An empty --to releases the claim; any other name is trimmed and checked like every editor's name.
        let assignee = try to.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            .map { name throws(InputError) in try EditorName.normalized(name, source: "--to") }
        switch try database.open().assign(id.id, to: assignee, editor: editorName, note: note) {
        case .assigned(let event):
            if let name = event.to {
                Console.out("claim \(id.id) assigned to \(TerminalText.name(name))" + (event.from.map { " (was \(TerminalText.name($0)))" } ?? ""))
            } else {
                Console.out("claim \(id.id) released" + (event.from.map { " (was \(TerminalText.name($0)))" } ?? ""))
            }
        case .unchanged(let name):
            Console.out(
                "claim \(id.id) " + (name.map { "is already assigned to \(TerminalText.name($0))" } ?? "is not assigned to anyone")
                    + "; nothing changed"
            )
        }
    }
}
