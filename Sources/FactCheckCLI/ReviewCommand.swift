import ArgumentParser
import FactCheckKit

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Approve or reject a claim's verdict as the second pair of eyes.",
        discussion: """
            A verdict (verified, false, misleading, disputed, unverifiable) waits for review by an editor other than \
            the one who gave it. --approve readies it for 'factcheck publish'; --reject --note sends the claim back \
            to in-review with your note, keeping the verdict note. Both judgements stay in the claim's history. \
            'factcheck config set review.required false' turns review off for a one-person desk.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "id"))
    var id: ClaimIDArgument

    @Flag(help: "Approve the verdict (not allowed for the editor who gave it).")
    var approve = false

    @Flag(help: "Reject the verdict: the claim goes back to in-review (needs --note).")
    var reject = false

    @Option(help: "What you checked, or what is wrong (required with --reject); kept in the history.")
    var note: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if approve == reject { throw ValidationError("give either --approve or --reject") }
        if reject, note?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            throw ValidationError("--reject needs a --note saying what is wrong with the verdict")
        }
    }

    func run() throws {
        let editorName = try editor.name()
        let note = try InputValidation.optionalText(note, option: "--note")
        let event = try database.open().review(id.id, decision: approve ? .approve : .reject, note: note, editor: editorName)
        if approve {
            Console.out("claim \(id.id): \(event.from ?? "") verdict approved; publish it with 'factcheck publish \(id.id)'")
        } else {
            Console.out("claim \(id.id): \(event.from ?? "") verdict rejected; back to in-review")
        }
    }
}
