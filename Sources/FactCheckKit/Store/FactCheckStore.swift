import CSQLite
import Foundation

/// The factcheck database. The only type that speaks SQL; every user action is one method and one transaction.
public final class FactCheckStore {
    /// How a command needs the database.
    public enum AccessMode: Sendable {
        /// Create the file when missing, migrate it forward.
        case readWrite
        /// The file must exist already; it is still migrated forward if it is older.
        case existing
    }

    let db: SQLiteConnection
    /// The index tokenizer and vocabulary tables matching reads, made on first use.
    let matchingState = MatchingState()
    /// Ingest's multi-row inserts, prepared on first use.
    let ingestInserts = IngestInserts()
    public let path: String
    public let clock: Clock

    /// How long a write waits for another process's write to finish before giving up.
    public static let busyTimeoutMilliseconds: Int32 = 10_000
    /// The environment variable that changes that wait, in milliseconds (tests use a short one).
    public static let busyTimeoutVariable = "FACTCHECK_BUSY_TIMEOUT_MS"

    /// Whether `useWriteAheadLog` has run on this connection.
    private var checkedJournalMode = false

    /// How long this connection waits for another process's write, in milliseconds.
    public let busyTimeout: Int32

    /// True while a batch feeds the full-text index once, before it commits, instead of once per article.
    var defersTextIndex = false
    /// Inside such a batch, the first claim id not yet in the full-text index (nil: every claim is in it).
    var unindexedClaimsFrom: Int64?

    /// The busy timeout `FACTCHECK_BUSY_TIMEOUT_MS` asks for, else the default.
    public static func busyTimeout(
        from environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> Int32 {
        guard let raw = environment[busyTimeoutVariable], !raw.isEmpty else { return busyTimeoutMilliseconds }
        guard let value = Int32(raw), value >= 0 else { throw .invalidBusyTimeout(raw) }
        return value
    }

    public init(
        path: String, mode: AccessMode = .readWrite, clock: Clock = .fromEnvironment(), busyTimeout: Int32? = nil
    ) throws(StoreError) {
        self.path = path
        self.clock = clock
        if let busyTimeout {
            self.busyTimeout = busyTimeout
        } else {
            self.busyTimeout = try Self.busyTimeout()
        }
        try Self.checkLocation(path, mode: mode)
        db = try SQLiteConnection(path: DatabaseFile.sqliteName(for: path), readOnly: false, create: mode == .readWrite, displayPath: path)
        sqlite3_busy_timeout(db.handle, self.busyTimeout)
        try prepareSchema(mode: mode)
    }

    /// Refuses, before SQLite sees it, a path that is not a database file this mode may open.
    private static func checkLocation(_ path: String, mode: AccessMode) throws(StoreError) {
        if DatabaseFile.isSpecialName(path) { throw .notAFilePath(path: path) }
        if DatabaseFile.isSideFile(path) { throw .sideFile(path: path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileStatus(path: folder)?.isDirectory == true else { throw .folderMissing(path: path) }
        guard let file = FileStatus(path: path) else {
            if mode == .existing { throw .noDatabase(path: path) }
            return
        }
        if file.isDirectory { throw .notADatabase(path: path) }
        guard file.isRegularFile else { throw .notARegularFile(path: path) }
        // A new database in WAL mode may hold everything in its -wal until the first checkpoint.
        if mode == .existing, file.size == 0, (FileStatus(path: path + "-wal")?.size ?? 0) == 0 {
            throw .emptyFile(path: path)
        }
    }

    private func prepareSchema(mode: AccessMode) throws(StoreError) {
        try db.execute("PRAGMA foreign_keys = ON")
        // Version and tables come from one statement, so one snapshot: read apart, another process could
        // finish creating the schema in between and a new factcheck database would look like someone else's.
        let (version, tables, ours) = try versionAndTables()
        if version > Migrations.latestVersion {
            throw .newerSchema(path: path, found: version, supported: Migrations.latestVersion)
        }
        // Recognised by its tables before anything is written: another program's file may have any user_version.
        if tables > 0, version == 0 || ours < Self.coreTables.count {
            throw .foreignDatabase(path: path)
        }
        // A file this user may not write (permissions, a read-only mount) still serves every read command;
        // writes then fail with `.readOnly` and leave it as it was.
        let readOnly = sqlite3_db_readonly(db.handle, "main") == 1
        if mode == .readWrite, !readOnly {
            // WAL lets readers go on while one process writes; it persists in the file once set. Only commands
            // that may create the database set it, so reading never changes a file (a backup copy stays as it is).
            _ = try singleText("PRAGMA journal_mode = WAL")
            try db.execute("PRAGMA synchronous = NORMAL")
        }
        if version < Migrations.latestVersion {
            if readOnly { throw .readOnly(path: path) }
            try migrate()
        }
    }

    /// Tables every version of the factcheck schema has; a file without all of them is someone else's.
    static let coreTables = ["article", "claim", "quantity", "evidence", "claim_event", "setting"]

    /// Brings the file to the latest schema; the version is read again under the write lock, not taken from the caller.
    private func migrate() throws(StoreError) {
        // A migration may rebuild a table others refer to (a CHECK cannot be altered): SQLite's rebuild procedure
        // turns foreign keys off for it, which only works outside a transaction, and checks them all before commit.
        try db.execute("PRAGMA foreign_keys = OFF")
        defer { try? db.execute("PRAGMA foreign_keys = ON") }
        try write { () throws(StoreError) in
            // Re-read inside the write lock: another process may have migrated meanwhile.
            let current = try userVersion()
            guard current < Migrations.latestVersion else { return }
            for migration in Migrations.all[current...] {
                try db.execute(migration)
            }
            if current < Migrations.matchingIndexVersion {
                // Claims are owed to the matching index, caught up by the next match; reviews are indexed now.
                if try db.integer("SELECT EXISTS (SELECT 1 FROM claim)") != 0 { try owePostings(ofClaimsFrom: 0) }
                try indexReviewPostings(ofReviewsWhere: "id >= ?", .integer(0))
            }
            try refreshStalePostings()
            if try db.integer("SELECT count(*) FROM pragma_foreign_key_check") > 0 {
                throw .constraint("rows of '\(path)' refer to rows that do not exist, so it was not migrated and is as it was; restore it from a backup")
            }
            try db.execute("PRAGMA user_version = \(Migrations.latestVersion)")
        }
    }

    /// The schema version stored in the file (`PRAGMA user_version`).
    public func userVersion() throws(StoreError) -> Int {
        Int(try singleText("PRAGMA user_version")) ?? 0
    }

    private func versionAndTables() throws(StoreError) -> (version: Int, tables: Int, ours: Int) {
        let names = Self.coreTables.map { "'\($0)'" }.joined(separator: ", ")
        let statement = try db.statement("""
            SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema),
                   (SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN (\(names)))
            """)
        defer { statement.reset() }
        _ = try statement.step()
        return (statement.int(0), statement.int(1), statement.int(2))
    }

    private func singleText(_ sql: String) throws(StoreError) -> String {
        let statement = try db.statement(sql)
        _ = try statement.step()
        let value = statement.text(0)
        statement.reset()
        return value
    }

    /// Runs `body` as one write transaction (a savepoint inside one already open); any error rolls it back.
    /// Its failures are the store's own; `change` is the same transaction for bodies that also refuse an edit.
    func write<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        useWriteAheadLog()
        let unindexed = unindexedClaimsFrom
        do {
            return try db.transaction(body, storeFailure: { $0 })
        } catch {
            // The rollback took back any full-text rows fed inside it: they are owed again.
            unindexedClaimsFrom = unindexed
            throw error
        }
    }

    /// `write` for an editor's change whose body fails with more than one type (`EditError` or `StoreError`).
    func change<T>(_ body: () throws -> T) throws -> T {
        useWriteAheadLog()
        let unindexed = unindexedClaimsFrom
        do {
            return try db.transaction(body, storeFailure: { $0 })
        } catch {
            unindexedClaimsFrom = unindexed
            throw error
        }
    }

    /// Puts a database opened by a command that did not create it (a restored backup copy, in rollback-journal
    /// mode) in WAL mode at its first write, so editors can read while it is written, and reading alone never
    /// changes the file. If another process holds it meanwhile the mode stays as it is; the write still works.
    private func useWriteAheadLog() {
        guard !checkedJournalMode, sqlite3_get_autocommit(db.handle) != 0 else { return }
        checkedJournalMode = true
        guard sqlite3_db_readonly(db.handle, "main") == 0 else { return }
        if (try? singleText("PRAGMA journal_mode = WAL")) == "wal" {
            try? db.execute("PRAGMA synchronous = NORMAL")
        }
    }

    /// Runs `body` in one read snapshot, so every query in it sees the same database; inside a transaction
    /// already open, that one is the snapshot. Errors from `body` pass through, so callers' typed errors survive.
    public func readSnapshot<T>(_ body: () throws -> T) throws -> T {
        try db.snapshot(body, storeFailure: { $0 })
    }

    /// `readSnapshot` for bodies whose only failures are the store's own.
    func read<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try db.snapshot(body, storeFailure: { $0 })
    }
}
