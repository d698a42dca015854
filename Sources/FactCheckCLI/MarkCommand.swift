import ArgumentParser
import FactCheckKit

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Set a claim's status, with the editor's note.",
        discussion: """
            STATUS is one of: \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")).
            The change, who made it and the note are appended to the claim's history; nothing is overwritten there.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "id"))
    var id: ClaimIDArgument

    @Argument(help: ArgumentHelp("The new status.", valueName: "status"))
    var status: ClaimStatus

    @Option(help: "Why: the verdict note shown in reports.")
    var note: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func run() throws {
        let note = try InputValidation.optionalText(note, option: "--note")
        let event = try database.open().mark(id.id, status: status, note: note, editor: editor.name)
        Console.out("claim \(id.id): \(event.from ?? "?") → \(event.to ?? status.rawValue)")
    }
}
