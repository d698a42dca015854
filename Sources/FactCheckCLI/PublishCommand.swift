import ArgumentParser
import FactCheckKit

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Make approved verdicts public, recording the publication date.",
        discussion: """
            Give claim ids, or --article ID for every approved verdict of one article. With ids, all are published or \
            none: a verdict that waits for review, was rejected, or is public already refuses the whole command. \
            With --article, verdicts still waiting for review are left and listed. Only published verdicts go into \
            'factcheck report --public' and, by default, the ClaimReview export. After publication a verdict \
            changes only with --correction (see 'factcheck mark', 'factcheck withdraw', 'factcheck unpublish').
            """
    )

    @Argument(help: ArgumentHelp("The claims to publish.", valueName: "id"))
    var ids: [ClaimIDArgument] = []

    @Option(help: ArgumentHelp("Publish every approved verdict of this article instead.", valueName: "id"))
    var article: ArticleIDArgument?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if ids.isEmpty == (article == nil) { throw ValidationError("give claim ids or --article ID, not both") }
    }

    func run() throws {
        let editorName = try editor.name()
        let store = try database.open()
        if let article {
            let outcome = try store.publish(article: article.id, editor: editorName)
            Console.out("published \(Self.claims(outcome.published)) of article \(article.id)")
            if !outcome.awaitingReview.isEmpty {
                Console.out("still waiting for review: \(Self.claims(outcome.awaitingReview))")
            }
            if !outcome.alreadyPublic.isEmpty {
                Console.out("already published: \(Self.claims(outcome.alreadyPublic))")
            }
        } else {
            let published = try store.publish(ids.map(\.id), editor: editorName)
            Console.out("published \(Self.claims(published))")
        }
    }

    static func claims(_ ids: [ClaimID]) -> String {
        "claim\(ids.count == 1 ? "" : "s") " + ids.map(\.description).joined(separator: ", ")
    }
}
