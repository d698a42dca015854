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
}
