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
    public let path: String
    public let clock: Clock

    /// How long a write waits for another process's write to finish before giving up.
    public static let busyTimeoutMilliseconds: Int32 = 10_000
    /// The environment variable that changes that wait, in milliseconds (tests use a short one).
    public static let busyTimeoutVariable = "FACTCHECK_BUSY_TIMEOUT_MS"

    /// How long this connection waits for another process's write, in milliseconds.
    public let busyTimeout: Int32

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
        if path != ":memory:" {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            let folder = url.deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .folderMissing(path: path)
            }
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw .notADatabase(path: path)
            }
            if mode == .existing, !FileManager.default.fileExists(atPath: path) {
                throw .noDatabase(path: path)
            }
        }
        db = try SQLiteConnection(path: path, readOnly: false)
        sqlite3_busy_timeout(db.handle, self.busyTimeout)
        try prepareSchema()
    }

    private func prepareSchema() throws(StoreError) {
        try db.execute("PRAGMA foreign_keys = ON")
        // Version and table count come from one statement, so one snapshot: read apart, another process could
        // finish creating the schema in between and a new factcheck database would look like someone else's.
        let (version, tables) = try versionAndTableCount()
        if version > Migrations.latestVersion {
            throw .newerSchema(path: path, found: version, supported: Migrations.latestVersion)
        }
        if version == 0, tables > 0 {
            throw .notADatabase(path: path)
        }
        // A file this user may not write (permissions, a read-only mount) still serves every read command;
        // writes then fail with `.readOnly` and leave it as it was.
        let readOnly = sqlite3_db_readonly(db.handle, "main") == 1
        if path != ":memory:", !readOnly {
            // WAL lets readers go on while one process writes; it persists in the file once set.
            _ = try singleText("PRAGMA journal_mode = WAL")
            try db.execute("PRAGMA synchronous = NORMAL")
        }
        if version < Migrations.latestVersion {
            if readOnly { throw .readOnly(path: path) }
            try migrate(from: version)
        }
    }

    private func migrate(from version: Int) throws(StoreError) {
        try write { () throws(StoreError) in
            // Re-read inside the write lock: another process may have migrated meanwhile.
            let current = try userVersion()
            guard current < Migrations.latestVersion else { return }
            for migration in Migrations.all[current...] {
                try db.execute(migration)
            }
            try db.execute("PRAGMA user_version = \(Migrations.latestVersion)")
        }
    }

    /// The schema version stored in the file (`PRAGMA user_version`).
    public func userVersion() throws(StoreError) -> Int {
        Int(try singleText("PRAGMA user_version")) ?? 0
    }

    private func versionAndTableCount() throws(StoreError) -> (version: Int, tables: Int) {
        let statement = try db.statement(
            "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)"
        )
        defer { statement.reset() }
        _ = try statement.step()
        return (statement.int(0), statement.int(1))
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
        try db.transaction(body, storeFailure: { $0 })
    }

    /// `write` for an editor's change whose body fails with more than one type (`EditError` or `StoreError`).
    func change<T>(_ body: () throws -> T) throws -> T {
        try db.transaction(body, storeFailure: { $0 })
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
