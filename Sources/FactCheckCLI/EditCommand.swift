import ArgumentParser
import FactCheckKit

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Correct a claim's text (a bad sentence split, a garbled extraction).",
        discussion: """
            The old text stays in the claim's history, with who changed it and why. The claim's kinds and \
            quantities are read again from the new text. A verdict was given for the old text, so it is reset to \
            in-review (recorded in the history as a consequence of the edit) unless --keep-verdict is given with a \
            --note saying why it still holds.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "id"))
    var id: ClaimIDArgument

    @Option(help: ArgumentHelp("The corrected claim text (one starting with '-' is written --text=-...).", valueName: "text"))
    var text: String

    @Option(help: "Why the text changed; recorded in the history.")
    var note: String?

    @Flag(help: "Keep the claim's verdict for the new text (requires --note; recorded in the history).")
    var keepVerdict = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if keepVerdict, note?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            throw ValidationError("--keep-verdict needs a --note saying why the verdict still holds for the new text")
        }
    }

    func run() throws {
        let editorName = try editor.name()
        let text = try InputValidation.optionalText(text, option: "--text")!
        let note = try InputValidation.optionalText(note, option: "--note")
        let revision = ClaimRevision(reading: text)
        let edit = try database.open().editText(id.id, to: revision, note: note, editor: editorName, keepVerdict: keepVerdict)
        let kinds = edit.kinds.isEmpty ? "no kinds" : "kinds " + edit.kinds.map { $0.rawValue }.joined(separator: ", ")
        Console.out("claim \(id.id): text updated (\(kinds)); the old text is kept in 'factcheck history \(id.id)'")
        if let verdict = edit.verdictReset {
            Console.out("claim \(id.id): \(verdict.rawValue) → in-review (the verdict was for the old text; mark it again)")
        }
    }
}
