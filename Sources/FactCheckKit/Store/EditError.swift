/// Why an editor's change was refused, with what to do instead. Nothing was changed when one is thrown.
public enum EditError: FactCheckFailure, Equatable {
    /// `verified` needs a citation whose stance is `supports`.
    case noSupportingCitation(ClaimID)
    /// `false`, `misleading` and `disputed` need at least one citation.
    case noCitation(ClaimID, verdict: ClaimStatus)
    /// `--force` was given without saying why.
    case forceNeedsNote
    case alreadyWithdrawn(EvidenceID, at: String)
    case emptyText(option: String)
    /// Keeping a verdict across a text edit needs a note saying why it still holds.
    case keepVerdictNeedsNote
    /// An edit would reset a verdict readers can see.
    case publishedVerdictWouldReset(ClaimID, since: String)
    /// The claim already has this very citation, not withdrawn.
    case duplicateCitation(ClaimID, existing: EvidenceID)

    public var errorDescription: String? {
        switch self {
        case .noSupportingCitation(let id):
            "claim \(id) has no supporting citation; add one with `factcheck cite \(id) ...` or pass --force with a --note"
        case .noCitation(let id, let verdict):
            "claim \(id) has no citation, and a \(verdict.rawValue) verdict needs one; add one with `factcheck cite \(id) ...` or pass --force with a --note"
        case .forceNeedsNote:
            "--force needs a --note saying why the verdict stands without the evidence; it is recorded in the history"
        case .alreadyWithdrawn(let id, let at):
            "evidence \(id) was already withdrawn at \(at); nothing was changed"
        case .emptyText(let option):
            "\(option) is empty; give it a value"
        case .publishedVerdictWouldReset(let id, let since):
            "claim \(id)'s verdict is published (since \(since.prefix(10))) and an edit would reset it; take it back first with "
                + "'factcheck unpublish \(id) --correction TEXT', or keep it with --keep-verdict --note"
        case .keepVerdictNeedsNote:
            "--keep-verdict needs a --note saying why the verdict still holds for the new text; it is recorded in the history"
        case .duplicateCitation(let id, let existing):
            "claim \(id) already has this citation as evidence \(existing), with the same details; nothing was added"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .noSupportingCitation, .noCitation, .alreadyWithdrawn, .duplicateCitation, .publishedVerdictWouldReset: .dataError
        case .forceNeedsNote, .emptyText, .keepVerdictNeedsNote: .usage
        }
    }
}
