import CSQLite
import Foundation

/// Everything that can go wrong between factcheck and its database, in words an editor can act on.
public enum StoreError: FactCheckFailure, Equatable {
    case folderMissing(path: String)
    case noDatabase(path: String)
    case cannotOpen(path: String, reason: String)
    case notADatabase(path: String)
    /// Another application's SQLite database: refused before anything in it changed.
    case foreignDatabase(path: String)
    /// A name SQLite would read as a URI or as an in-memory database, not as a file.
    case notAFilePath(path: String)
    /// A `-wal`, `-shm` or `-journal` file, which belongs to a database beside it.
    case sideFile(path: String)
    /// A device, FIFO, socket or folder where a database file was expected.
    case notARegularFile(path: String)
    /// A file of 0 bytes: no database has been created in it yet.
    case emptyFile(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case busy(path: String)
    case invalidBusyTimeout(String)
    case readOnly(path: String)
    case diskFull(path: String)
    case damaged(path: String)
    /// The operating system refused a read or write (a disk that is full or failing, a file-size limit, a lost share).
    case ioFailure(path: String, writing: Bool, reason: String)
    case claimNotFound(ClaimID)
    case articleNotFound(ArticleID)
    case evidenceNotFound(EvidenceID)
    case reviewNotFound(ReviewID)
    case constraint(String)
    /// SQLite failed in a way none of the cases above names. `sql` is the statement's text, when one was running;
    /// bound values are never kept (they may be an editor's private notes).
    case sqlite(code: Int32, message: String, sql: String?)
    /// A statement was asked for again while a loop over its rows was still stepping: a bug, refused rather than
    /// letting the loop silently restart.
    case statementInUse(sql: String)
    /// A failure that is not the store's own reached a store boundary; kept in its own words.
    case unexpected(String)

    public var errorDescription: String? {
        switch self {
        case .folderMissing(let path):
            "the folder for database '\(path)' does not exist; create it first or choose another database"
        case .noDatabase(let path):
            "no database at '\(path)'; ingest articles first or choose another database"
        case .cannotOpen(let path, let reason):
            "cannot open database '\(path)': \(reason); check the path and its permissions"
        case .notADatabase(let path):
            "'\(path)' is not a factcheck database (not SQLite); choose another database"
        case .foreignDatabase(let path):
            "'\(path)' is not a factcheck database: it is an SQLite database with other tables, left unchanged; give the path of a factcheck database"
        case .notAFilePath(let path):
            "'\(path.prefix(80))' is not a plain file path (SQLite would read it as a URI or an in-memory database, "
                + "which keeps nothing); give a file path, or ./\(path.prefix(80)) for a file of that name"
        case .sideFile(let path):
            "'\(path)' is an SQLite side file (-wal, -shm or -journal) that belongs to the database beside it; "
                + "give the database file itself, or another name"
        case .notARegularFile(let path):
            "'\(path)' is not a regular file (a device, pipe or folder); give the path of a database file"
        case .emptyFile(let path):
            "'\(path)' is an empty file, not yet a factcheck database; ingest articles into it first with 'factcheck ingest PATH'"
        case .newerSchema(let path, let found, let supported):
            "database '\(path)' has schema version \(found), newer than this factcheck understands (\(supported)); upgrade factcheck. The database was not changed"
        case .busy(let path):
            "database '\(path)' is locked by another process; try again when it finishes"
        case .invalidBusyTimeout(let value):
            "FACTCHECK_BUSY_TIMEOUT_MS is '\(value.prefix(20))', not a number of milliseconds; set it to one such as 10000 or unset it"
        case .readOnly(let path):
            "database '\(path)' is read-only; check its permissions. Nothing was changed"
        case .diskFull(let path):
            "the disk holding '\(path)' is full; free some space and try again. Nothing was changed"
        case .ioFailure(let path, let writing, let reason):
            "\(writing ? "writing" : "reading") database '\(path)' failed (\(reason)); the disk may be full or failing: "
                + "free some space or check it, then try again. Nothing was changed"
        case .damaged(let path):
            "database '\(path)' is damaged (SQLite reports a malformed disk image); run 'factcheck check' to see what is affected, and restore it from a 'factcheck backup' copy"
        case .claimNotFound(let id):
            "claim \(id) not found; run 'factcheck claims' to list ids"
        case .articleNotFound(let id):
            "article \(id) not found; run 'factcheck articles' to list ids"
        case .evidenceNotFound(let id):
            "evidence \(id) not found; run 'factcheck show CLAIM' to see a claim's evidence"
        case .reviewNotFound(let id):
            "review \(id) not found; run 'factcheck reviews' to list imported fact-checks"
        case .constraint(let message):
            "the database refused the change (\(message)); nothing was changed"
        case .sqlite(let code, let message, let sql):
            "database error \(code): \(message)" + (sql.map { " (in: \($0.prefix(120)))" } ?? "")
        case .unexpected(let description):
            "internal error: \(description.prefix(200))"
        case .statementInUse(let sql):
            "internal error: a database statement was reused while still in use (\(sql.prefix(120))); nothing was changed"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .folderMissing: .cannotCreate
        case .noDatabase: .noInput
        case .cannotOpen, .readOnly, .diskFull, .ioFailure, .sqlite: .ioError
        case .notADatabase, .foreignDatabase, .notARegularFile, .newerSchema, .constraint, .damaged: .dataError
        case .notAFilePath, .sideFile: .usage
        case .emptyFile: .noInput
        case .busy: .temporary
        case .invalidBusyTimeout: .usage
        case .claimNotFound, .articleNotFound, .evidenceNotFound, .reviewNotFound: .dataError
        case .statementInUse, .unexpected: .software
        }
    }

    /// Maps a SQLite result code to the case an editor can act on. Bound values never appear in messages.
    /// `systemErrno` is the operating system's error behind an I/O failure, when SQLite knows it.
    static func from(code: Int32, message: String, path: String, systemErrno: Int32 = 0, sql: String? = nil) -> StoreError {
        switch code & 0xFF {
        case SQLITE_IOERR where [ENOSPC, EFBIG, EDQUOT].contains(systemErrno): .diskFull(path: path)
        case SQLITE_IOERR:
            // SQLite reports a real ENOSPC as SQLITE_FULL; the operating system's reason, when SQLite kept it, is clearer.
            .ioFailure(
                path: path, writing: code != SQLITE_IOERR | (1 << 8) && code != SQLITE_IOERR | (2 << 8),  // _READ, _SHORT_READ
                reason: systemErrno != 0 ? String(cString: strerror(systemErrno)) : message
            )
        case SQLITE_NOTADB: .notADatabase(path: path)
        case SQLITE_BUSY, SQLITE_LOCKED: .busy(path: path)
        case SQLITE_READONLY: .readOnly(path: path)
        case SQLITE_FULL: .diskFull(path: path)
        case SQLITE_CORRUPT: .damaged(path: path)
        case SQLITE_CONSTRAINT: .constraint(message)
        case SQLITE_CANTOPEN: .cannotOpen(path: path, reason: message)
        default: .sqlite(code: code, message: message, sql: sql)
        }
    }
}
