import FactCheckKit

/// What an editor at the command line reads for a failure: the library's message where it names no option,
/// and where the fix is an option or a command, these words, which name it.
///
/// The library's own messages name no CLI flag, so another front end (a web page) can word them its own way.
enum FailureWording {
    static func message(for failure: any FactCheckFailure) -> String {
        switch failure {
        case let error as StoreError: message(for: error)
        case let error as EditError: message(for: error)
        case let error as IngestError: message(for: error)
        case let error as ReportError: message(for: error)
        case SettingStoreError.store(let error): message(for: error)
        case let error as PublicationError: message(for: error)
        case let error as CarryError: message(for: error)
        case let error as FetchError: message(for: error)
        default: failure.errorDescription ?? "\(failure)"
        }
    }

    static func message(for error: StoreError) -> String {
        switch error {
        case .folderMissing(let path):
            "the folder for database '\(path)' does not exist; create it first or pass another --db"
        case .noDatabase(let path):
            "no database at '\(path)'; ingest articles first with 'factcheck ingest PATH' or pass --db"
        case .notADatabase(let path):
            "'\(path)' is not a factcheck database (not SQLite); pass another --db"
        default:
            error.errorDescription ?? "\(error)"
        }
    }

    static func message(for error: EditError) -> String {
        switch error {
        case .noSupportingCitation(let id):
            "claim \(id) has no supporting citation; add one with `factcheck cite \(id) ...` or pass --force with a --note"
        case .noCitation(let id, let verdict):
            "claim \(id) has no citation, and a \(verdict.rawValue) verdict needs one; add one with `factcheck cite \(id) ...` or pass --force with a --note"
        case .forceNeedsNote:
            "--force needs a --note saying why the verdict stands without the evidence; it is recorded in the history"
        case .emptyText(let field):
            "--\(field.rawValue) is empty; give it a value"
        case .publishedVerdictWouldReset(let id, let since):
            "claim \(id)'s verdict is published (since \(since.prefix(10))) and an edit would reset it; take it back first with "
                + "'factcheck unpublish \(id) --correction TEXT', or keep it with --keep-verdict --note"
        case .keepVerdictNeedsNote:
            "--keep-verdict needs a --note saying why the verdict still holds for the new text; it is recorded in the history"
        default:
            error.errorDescription ?? "\(error)"
        }
    }

    static func message(for error: IngestError) -> String {
        switch error {
        case .tooLarge(let path, let bytes, let limit):
            "'\(path)' is \(bytes) bytes, over the \(limit)-byte limit; raise it with --max-bytes if the article is real"
        case .overLimit(let path, let limit):
            "'\(path)' goes on past the \(limit)-byte limit (reading stopped there); raise it with --max-bytes if the article is real"
        default:
            error.errorDescription ?? "\(error)"
        }
    }

    static func message(for error: ReportError) -> String {
        switch error {
        case .noPublishedVerdicts:
            "no published verdict matches; ClaimReview exports published verdicts only. Publish approved verdicts with 'factcheck publish ID', or preview every verdict with --include-unpublished"
        case .publicIncludesUnpublished:
            "a public report shows published verdicts only; leave out --include-unpublished"
        case .invalidSince(let text):
            "--since '\(text.prefix(40))' is not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)"
        case .emptyEditor:
            "--editor is empty; give the editor's name as it appears in claim histories"
        case .store(let error):
            message(for: error)
        default:
            error.errorDescription ?? "\(error)"
        }
    }

    static func message(for error: PublicationError) -> String {
        switch error {
        case .ownVerdict(let id, let editor):
            "claim \(id)'s verdict was given by \(editor); a second editor must approve it (review.required is on; 'factcheck config set review.required false' turns it off for a one-person desk)"
        case .noVerdict(let id, let status):
            "claim \(id) is \(status.rawValue) and has no verdict to review; give one first with 'factcheck mark \(id) STATUS'"
        case .notAwaitingReview(let id, .notRequired, _):
            "claim \(id)'s verdict needs no review (it was approved as given); publish it with 'factcheck publish \(id)'"
        case .notAwaitingReview(let id, .approved, let by):
            "claim \(id)'s verdict was already approved\(by.map { " by \($0)" } ?? ""); publish it with 'factcheck publish \(id)'"
        case .alreadyPublic(let id, let since):
            "claim \(id) is already published (since \(since.prefix(10))); change it with 'factcheck mark \(id) STATUS --correction TEXT'"
        case .notApproved(let id, .pending, let status):
            "claim \(id)'s \(status.rawValue) verdict waits for review; a second editor approves it with 'factcheck review \(id) --approve'"
        case .notApproved(let id, _, let status):
            "claim \(id) has no approved verdict (it is \(status.rawValue)); give one with 'factcheck mark \(id) STATUS' and have it reviewed"
        case .correctionNeeded(let id, let since):
            "claim \(id)'s verdict is published (since \(since.prefix(10))); say what changes and why with --correction TEXT, which goes into the public corrections log"
        case .notPublic(let id):
            "claim \(id) is not published, so there is nothing to correct; leave out --correction"
        case .publishedNeedsVerdict(let id, let status):
            "claim \(id) is published and cannot go back to \(status.rawValue); correct it to another verdict, or withdraw it with 'factcheck unpublish \(id) --correction TEXT'"
        default:
            error.errorDescription ?? "\(error)"
        }
    }

    static func message(for error: CarryError) -> String {
        switch error {
        case .sameClaim(let id):
            "claim \(id) cannot carry its own verdict; give another claim's id to --same-as"
        default:
            error.errorDescription ?? "\(error)"
        }
    }

    static func message(for error: FetchError) -> String {
        switch error {
        case .tooLarge(let url, let limit):
            "cannot ingest '\(url)': it is over the \(limit)-byte limit; raise it with --max-bytes if the page is real"
        default:
            error.errorDescription ?? "\(error)"
        }
    }
}
