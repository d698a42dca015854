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

            --same-as OTHER gives the claim the verdict of claim OTHER, or of imported review review:N (see \
            'factcheck match' and 'factcheck reviews'); STATUS may then be left out. The history records the verdict \
            as carried from OTHER, whose evidence stands for it. OTHER's verdict must have its evidence, and a claim \
            whose figures differ from OTHER's (a changed match) cannot carry it. Nothing is carried automatically.

            A verdict then waits for review by a second editor ('factcheck review ID --approve'), unless \
            review.required is false, when it is approved as given. A published verdict changes only with \
            --correction TEXT, recorded in the public corrections log, and only to another verdict. \
            A new status without --note has no verdict note; the previous note stays in the history.
            """
    )

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "id"))
    var id: ClaimIDArgument

    @Argument(help: ArgumentHelp("The new status (with --same-as: optional, the source's verdict).", valueName: "status"))
    var status: ClaimStatus?

    @Option(help: ArgumentHelp("Carry the verdict of this claim id, or of review:N (an imported fact-check).", valueName: "other"))
    var sameAs: MatchTargetArgument?

    @Option(help: "Why: the verdict note shown in reports (one starting with '-' is written --note=-...).")
    var note: String?

    @Flag(help: "Give the verdict without the evidence it needs (requires --note; recorded in the history).")
    var force = false

    @Option(help: ArgumentHelp("Why a published verdict changes, as readers will read it (required once published).", valueName: "text"))
    var correction: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if status == nil, sameAs == nil { throw ValidationError("give the new STATUS, or --same-as OTHER to carry a verdict") }
        if sameAs != nil, force { throw ValidationError("--same-as carries a verdict with its evidence; it cannot be --force'd") }
        if force, note?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            throw ValidationError("--force needs a --note saying why the verdict stands without the evidence")
        }
    }

    func run() throws {
        let editorName = try editor.name()
        let note = try InputValidation.optionalText(note, option: "--note")
        let correction = try InputValidation.optionalText(correction, option: "--correction")
        let store = try database.open()
        if let sameAs {
            let event = try store.carryVerdict(
                to: id.id, from: sameAs.target, status: status, note: note, editor: editorName, changedFigures: { ClaimTracking.changedFigures(from: $0, to: $1) }
            )
            Console.out("claim \(id.id): \(event.from ?? "?") → \(event.to ?? "?") (carried from \(sameAs.label))")
            return
        }
        guard let status else { return }
        let event = try store.mark(id.id, status: status, note: note, editor: editorName, force: force, correction: correction)
        let forced = event.forced ? " (forced; recorded in the history)" : ""
        let next = correction != nil ? "; correction published" : Self.nextStep(try store.claim(id.id).review)
        Console.out("claim \(id.id): \(event.from ?? "?") → \(event.to ?? status.rawValue)" + forced + next)
    }

    /// What happens to the verdict next, in the words `mark` prints after the change.
    static func nextStep(_ review: ReviewState?) -> String {
        switch review {
        case .pending: "; waits for review by a second editor"
        case .notRequired: "; approved as given (review.required is false)"
        case .approved, .rejected, nil: ""
        }
    }
}
