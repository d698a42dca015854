import CSQLite
import Foundation

/// Why a backup could not be made. The database itself is never touched by a failed backup.
public enum BackupError: FactCheckFailure, Equatable {
    case targetExists(String)
    case folderMissing(String)
    case sameAsDatabase(String)
    case sideFile(String)
    case notAFileName(String)
    case failed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .targetExists(let path):
            "'\(path)' already exists; give a new file name for the backup (an existing file is never overwritten)"
        case .folderMissing(let path):
            "the folder for backup '\(path)' does not exist; create it first"
        case .sameAsDatabase(let path):
            "'\(path)' is the database itself; give another file name for the backup"
        case .sideFile(let path):
            "'\(path)' is named like an SQLite side file (-wal, -shm or -journal), which SQLite deletes or replays; give the backup another name"
        case .notAFileName(let path):
            "'\(path)' is not a file name; give the path of the new backup file"
        case .failed(let path, let reason):
            "the backup to '\(path)' failed: \(reason); no backup file was left behind"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .targetExists, .folderMissing, .sameAsDatabase: .cannotCreate
        case .sideFile, .notAFileName: .usage
        case .failed: .ioError
        }
    }
}

/// How many rows of each kind a database holds.
public struct DatabaseContents: Equatable, Sendable {
    public var articles: Int
    public var claims: Int
    public var evidence: Int
    public var events: Int
}

/// What a finished backup holds.
public struct BackupSummary: Equatable, Sendable {
    public var path: String
    public var contents: DatabaseContents
}

extension FactCheckStore {
    /// Copies the database to a new file with SQLite's online backup API. The copy is one consistent snapshot,
    /// taken in one read transaction, while other processes go on writing. It is written beside `path`, checked,
    /// and only then hard-linked into place, which fails if the name exists: an interrupted backup never leaves a
    /// half-written file, and of several backups racing to one name one wins and the others fail, none overwrites.
    /// Temporary copies that killed backups left behind are removed first.
    public func backup(to path: String) throws(BackupError) -> BackupSummary {
        if path.isEmpty || path.hasSuffix("/") { throw .notAFileName(path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileStatus(path: folder)?.isDirectory == true else { throw .folderMissing(path) }
        if DatabaseFile.isSideFile(path) { throw .sideFile(path) }
        if let target = FileStatus(path: path) {
            if DatabaseFile.files(of: self.path).contains(where: { $0.isSameFile(as: target) }) { throw .sameAsDatabase(path) }
            throw .targetExists(path)
        }
        if FileStatus(path: path, followingSymlinks: false) != nil { throw .targetExists(path) }  // a dangling symlink
        TemporaryFile.removeStale(beside: path, suffix: "backup")
        let temporary = TemporaryFile.name(for: path, suffix: "backup")
        func removeTemporary() {
            for suffix in [""] + DatabaseFile.sideFileSuffixes { unlink(temporary + suffix) }
        }
        do {
            let contents = try copy(to: temporary)
            // link() is the exclusive step: it fails with EEXIST if another backup or file took the name meanwhile.
            guard link(temporary, path) == 0 else {
                throw errno == EEXIST ? BackupError.targetExists(path) : BackupError.failed(path: path, reason: String(cString: strerror(errno)))
            }
            removeTemporary()
            CommittedChanges.record()  // a lasting file: repeating the command would be refused, say so
            return BackupSummary(path: path, contents: contents)
        } catch let error as BackupError {
            removeTemporary()
            throw error
        } catch let error as StoreError {
            removeTemporary()
            throw .failed(path: path, reason: error.errorDescription ?? "\(error)")
        } catch {
            removeTemporary()
            throw .failed(path: path, reason: "\(error)")
        }
    }

    private func copy(to temporary: String) throws -> DatabaseContents {
        let destination = try SQLiteConnection(path: temporary, readOnly: false)
        guard let backup = sqlite3_backup_init(destination.handle, "main", db.handle, "main") else {
            throw destination.error(sqlite3_errcode(destination.handle))
        }
        // -1 copies every page in one step, so the copy is one snapshot of the source. A busy source is retried
        // for as long as the busy timeout allows.
        var rc: Int32
        var waited: Int32 = 0
        repeat {
            rc = sqlite3_backup_step(backup, -1)
            if rc == SQLITE_BUSY || rc == SQLITE_LOCKED {
                sqlite3_sleep(20)
                waited += 20
            }
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited < busyTimeout
        sqlite3_backup_finish(backup)
        guard rc == SQLITE_DONE else {
            throw StoreError.from(code: rc, message: String(cString: sqlite3_errstr(rc)), path: temporary)
        }
        // A self-contained file: no -wal beside it to forget when it is copied elsewhere.
        try destination.execute("PRAGMA journal_mode = DELETE")
        let check = try destination.statement("PRAGMA quick_check")
        _ = try check.step()
        let verdict = check.text(0)
        check.reset()
        guard verdict == "ok" else { throw BackupError.failed(path: temporary, reason: "the copy failed its check (\(verdict))") }
        return try Self.contents(of: destination)
    }

    static func contents(of connection: SQLiteConnection) throws(StoreError) -> DatabaseContents {
        let counts = try connection.statement("""
            SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM claim), (SELECT count(*) FROM evidence),
                   (SELECT count(*) FROM claim_event)
            """)
        defer { counts.reset() }
        _ = try counts.step()
        return DatabaseContents(articles: counts.int(0), claims: counts.int(1), evidence: counts.int(2), events: counts.int(3))
    }
}
