import ArgumentParser
import FactCheckKit

struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Attach a piece of evidence to a claim.",
        discussion: """
            The citation and who added it are recorded in the claim's history. Citations are never deleted. \
            A citation identical to one the claim already has (same URL, stance, title, publisher, quote and note, \
            not withdrawn) is refused and nothing is added, so repeating a command stores nothing twice.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "id"))
    var id: ClaimIDArgument

    @Option(help: "Where the evidence is: an http(s) URL.")
    var url: String

    @Option(help: "Title of the source document.")
    var title: String?

    @Option(help: "Who published it (an agency, a newspaper, a court).")
    var publisher: String?

    @Option(help: "The passage that bears on the claim, quoted exactly.")
    var quote: String?

    @Option(help: "How it bears on the claim: supports, refutes or context.")
    var stance: Stance = .supports

    @Option(help: "The editor's note on this evidence.")
    var note: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func run() throws {
        let editorName = try editor.name()
        let evidence = NewEvidence(
            url: try InputValidation.url(url),
            title: try InputValidation.optionalText(title, option: "--title"),
            publisher: try InputValidation.optionalText(publisher, option: "--publisher"),
            quote: try InputValidation.optionalText(quote, option: "--quote"),
            stance: stance,
            note: try InputValidation.optionalText(note, option: "--note")
        )
        let stored = try database.open().cite(id.id, evidence: evidence, editor: editorName)
        Console.out("evidence \(stored.id) added to claim \(id.id) (\(stored.stance.rawValue)): \(stored.url)")
    }
}
