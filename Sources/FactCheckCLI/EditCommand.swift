import ArgumentParser
import FactCheckKit

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Correct a claim's text (a bad sentence split, a garbled extraction).",
        discussion: "The old text stays in the claim's history, with who changed it and why."
    )

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "id"))
    var id: ClaimIDArgument

    @Option(help: "The corrected claim text.")
    var text: String

    @Option(help: "Why the text changed; recorded in the history.")
    var note: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func run() throws {
        let text = try InputValidation.optionalText(text, option: "--text")!
        let note = try InputValidation.optionalText(note, option: "--note")
        _ = try database.open().editText(id.id, text: text, note: note, editor: editor.name)
        Console.out("claim \(id.id): text updated; the old text is kept in 'factcheck history \(id.id)'")
    }
}
