import ArgumentParser
import FactCheckKit
import Foundation

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Set a claim's status, with the editor's note.",
        discussion: """
            STATUS is one of: \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")). \
            The change, who made it and the note are appended to the claim's history; nothing is overwritten there.

            A verdict needs evidence: verified needs a citation that supports the claim; false, misleading and \
            disputed need at least one citation (withdrawn ones do not count). --force with a --note gives the \
            verdict anyway, and the history records that it was forced.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "id"))
    var id: ClaimIDArgument

    @Argument(help: ArgumentHelp("The new status.", valueName: "status"))
    var status: ClaimStatus

    @Option(help: "Why: the verdict note shown in reports.")
    var note: String?

    @Flag(help: "Give the verdict without the evidence it needs (requires --note; recorded in the history).")
    var force = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if force, note?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            throw ValidationError("--force needs a --note saying why the verdict stands without the evidence")
        }
    }

    func run() throws {
        let note = try InputValidation.optionalText(note, option: "--note")
        let event = try database.open().mark(id.id, status: status, note: note, editor: editor.name, force: force)
        let forced = event.forced ? " (forced; recorded in the history)" : ""
        Console.out("claim \(id.id): \(event.from ?? "?") → \(event.to ?? status.rawValue)" + forced)
    }
}
