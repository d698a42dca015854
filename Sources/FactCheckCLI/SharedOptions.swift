import ArgumentParser
import FactCheckKit
import Foundation

/// `--db`: which database a command works on.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SQLite database file, a plain path: never a URI or :memory: (default: $FACTCHECK_DB, else ./factcheck.db; created by ingest).",
        valueName: "path"
    ))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["FACTCHECK_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "factcheck.db"
    }

    /// Opens the database. Commands that only read or edit existing claims need it to exist already.
    func open(_ mode: FactCheckStore.AccessMode = .existing) throws -> FactCheckStore {
        try refuseStandardStreamsIntoTheDatabase()
        return try FactCheckStore(path: path, mode: mode)
    }

    /// `factcheck report >> factcheck.db` would write text into the database file: refused before anything is read.
    private func refuseStandardStreamsIntoTheDatabase() throws {
        let files = DatabaseFile.files(of: path)
        for (descriptor, name) in [(STDOUT_FILENO, "standard output"), (STDERR_FILENO, "standard error")] {
            if let stream = FileStatus(descriptor: descriptor), stream.isRegularFile, files.contains(where: { $0.isSameFile(as: stream) }) {
                // Not even the error line may land in the database: standard error then goes nowhere.
                if descriptor == STDERR_FILENO {
                    let nowhere = Glibc.open("/dev/null", O_RDONLY)
                    if nowhere >= 0 { dup2(nowhere, STDERR_FILENO); close(nowhere) }
                }
                throw StreamIntoDatabase(stream: name, path: path)
            }
        }
    }

    /// Runs `body` on the database, creating it when missing; a command that fails leaves no database it
    /// created and stored nothing in (a first ingest of a bad file, a refused setting).
    func creating<T>(_ body: (FactCheckStore) throws -> T) throws -> T {
        let isNew = FileStatus(path: path) == nil
        do {
            // The store is a temporary of this one call, released before the clean-up below looks at the file.
            return try body(try open(.readWrite))
        } catch {
            if isNew { FactCheckStore.removeIfUnused(path: path) }
            throw error
        }
    }
}

/// Standard output or error is redirected into the database or one of its side files.
struct StreamIntoDatabase: FactCheckFailure {
    let stream: String
    let path: String
    var errorDescription: String? {
        "\(stream) is redirected into the database '\(path)' (or one of its side files); redirect it elsewhere. Nothing was read or written"
    }
    var exitStatus: ExitStatus { .usage }
}

/// `--editor`: who is making the change, recorded in every history entry.
struct EditorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Who makes the change, recorded in the history (default: $FACTCHECK_EDITOR, else $USER).",
        valueName: "name"
    ))
    var editor: String?

    func validate() throws {
        // A ValidationError, so the parser reports it as bad usage (64) like its own errors.
        do {
            if let editor { _ = try EditorName.normalized(editor, source: "--editor") }
        } catch {
            throw ValidationError(error.errorDescription ?? "--editor is not a name")
        }
    }

    /// The editor's name, trimmed; refused when empty or holding a control character, wherever it came from
    /// (`FACTCHECK_EDITOR="   "` is refused like `--editor "  "`).
    func name() throws -> String {
        if let editor { return try EditorName.normalized(editor, source: "--editor") }
        let environment = ProcessInfo.processInfo.environment
        if let value = environment["FACTCHECK_EDITOR"], !value.isEmpty {
            return try EditorName.normalized(value, source: "FACTCHECK_EDITOR")
        }
        for key in ["USER", "LOGNAME"] {
            if let value = environment[key], !value.isEmpty { return try EditorName.normalized(value, source: "$" + key) }
        }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return try EditorName.normalized(String(cString: name), source: "the login name")
        }
        return "unknown"
    }
}

/// Output formats for listings.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
}

/// Output formats for a command's result: one claim's detail (`show`, `history`), `check`, `config list`, `ingest`.
enum DetailFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// The claim a read-only view is about and how to print it (`show`, `history`).
struct ClaimViewOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The claim's id (see 'factcheck claims').", valueName: "id"))
    var id: ClaimIDArgument

    @Option(help: "Output format: text or json.")
    var format: DetailFormat = .text

    /// Prints `value` as text through `render`, or as JSON.
    func print<Value: Encodable>(_ value: Value, asText render: (Value) -> String) throws {
        switch format {
        case .text: Console.out(render(value).trimmingTrailingNewline())
        case .json: Console.out(try JSONOutput.string(value))
        }
    }
}

extension ClaimStatus: ExpressibleByArgument {}
extension ArticleFormat: ExpressibleByArgument {}
extension ClaimKind: ExpressibleByArgument {}
extension Stance: ExpressibleByArgument {}
extension ClaimSort: ExpressibleByArgument {}
extension ReviewState: ExpressibleByArgument {}

/// Claim and article ids on the command line: a clear message for "abc" or "-3".
struct ClaimIDArgument: ExpressibleByArgument {
    let id: ClaimID
    init?(argument: String) {
        guard let value = Int64(argument), value > 0 else { return nil }
        id = ClaimID(value)
    }
    static var defaultCompletionKind: CompletionKind { .default }
}

struct ArticleIDArgument: ExpressibleByArgument {
    let id: ArticleID
    init?(argument: String) {
        guard let value = Int64(argument), value > 0 else { return nil }
        id = ArticleID(value)
    }
}

/// `--same-as`: a claim id ("12") or an imported review ("review:3").
struct MatchTargetArgument: ExpressibleByArgument {
    let target: MatchTarget
    init?(argument: String) {
        let lower = argument.lowercased()
        if lower.hasPrefix("review:"), let value = Int64(lower.dropFirst(7)), value > 0 {
            target = .review(ReviewID(value))
        } else if let value = Int64(argument), value > 0 {
            target = .claim(ClaimID(value))
        } else {
            return nil
        }
    }

    var label: String {
        switch target {
        case .claim(let id): "claim \(id)"
        case .review(let id): "review \(id)"
        }
    }
}

extension MatchFilter: ExpressibleByArgument {}
