import ArgumentParser
import FactCheckKit

struct WithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw a citation that no longer holds (a dead link, a retracted source, the wrong claim).",
        discussion: """
            The citation is never deleted: it is marked withdrawn with your reason, stops counting as evidence \
            for the verdict rules, and stays in the claim's history. Withdrawing a citation of a published verdict \
            needs --correction TEXT, recorded in the public corrections log.
            """
    )

    @Argument(help: ArgumentHelp("The evidence id (shown in brackets by 'factcheck show CLAIM').", valueName: "evidence-id"))
    var id: EvidenceIDArgument

    @Option(help: "Why the citation is withdrawn; recorded in the history.")
    var reason: String

    @Option(help: ArgumentHelp("For a published verdict: the public correction, as readers will read it (required then).", valueName: "text"))
    var correction: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func run() throws {
        let editorName = try editor.name()
        let reason = try InputValidation.optionalText(reason, option: "--reason")!
        let correction = try InputValidation.optionalText(correction, option: "--correction")
        let withdrawal = try database.open().withdraw(id.id, reason: reason, editor: editorName, correction: correction)
        Console.out("evidence \(withdrawal.evidenceID) withdrawn from claim \(withdrawal.claimID)")
        if let verdict = withdrawal.verdictNowUnsupported {
            Console.warning(
                "claim \(withdrawal.claimID) is still marked \(verdict.rawValue) but no longer has the evidence that verdict needs; "
                    + "cite new evidence or mark it again"
            )
        }
    }
}

struct EvidenceIDArgument: ExpressibleByArgument {
    let id: EvidenceID
    init?(argument: String) {
        guard let value = Int64(argument), value > 0 else { return nil }
        id = EvidenceID(value)
    }
}
