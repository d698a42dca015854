import ArgumentParser
import FactCheckKit

struct UnpublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unpublish",
        abstract: "Withdraw a published verdict from publication, saying why in the public corrections log.",
        discussion: """
            A published verdict is never deleted: it leaves the public report and the ClaimReview export, the \
            corrections log records that it was withdrawn and why, and the claim keeps its verdict for the desk.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "id"))
    var id: ClaimIDArgument

    @Option(help: ArgumentHelp("Why it is withdrawn, as readers will read it in the corrections log.", valueName: "text"))
    var correction: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func run() throws {
        let editorName = try editor.name()
        let correction = try InputValidation.optionalText(correction, option: "--correction")!
        let entry = try database.open().unpublish(id.id, correction: correction, editor: editorName)
        Console.out("claim \(id.id): published \(entry.publishedStatus.rawValue) verdict withdrawn; the corrections log says so")
    }
}
