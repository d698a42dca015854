import CSQLite
import Foundation

/// A value bound to or read from a SQLite statement.
enum SQLValue: Equatable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
    case null
}

extension Optional where Wrapped == String {
    var sqlValue: SQLValue { map(SQLValue.text) ?? .null }
}

private let transientDestructor = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A thin owner of one sqlite3 connection: open, prepare, execute, transactions.
package final class SQLiteConnection {
    package let handle: OpaquePointer
    let path: String
    private var cache: [String: Statement] = [:]
    /// Told, before each statement's first step, its SQL and whether a transaction is open: for tests that check
    /// what runs under the write lock. Nil in the product, where it costs one check a statement.
    var statementObserver: ((_ sql: String, _ inTransaction: Bool) -> Void)?

    /// Process-wide settings, made once before the first connection opens (SQLite takes them only before it is
    /// initialised): memory statistics off, so an allocation inside SQLite takes no global mutex to be counted (about
    /// 5 % of the store's instructions at ingest; BENCHMARKS.md, issue 14). Nothing in factcheck reads them.
    private static let processSettings: Void = {
        _ = factcheck_sqlite3_disable_memory_statistics()
    }()

    /// Opens `path` as SQLite reads it (`:memory:` included: callers pass user paths through
    /// `DatabaseFile.sqliteName`); `create` lets SQLite create a missing file. Messages name `displayPath`.
    package init(path: String, readOnly: Bool, create: Bool = true, displayPath: String? = nil) throws(StoreError) {
        _ = Self.processSettings
        var db: OpaquePointer?
        let flags = readOnly
            ? SQLITE_OPEN_READONLY
            : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw StoreError.cannotOpen(path: displayPath ?? path, reason: message)
        }
        self.handle = db
        self.path = displayPath ?? path
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that bind nothing (schema, pragmas).
    package func execute(_ sql: String) throws(StoreError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(errorMessage)
            throw StoreError.from(code: rc, message: message, path: path, systemErrno: sqlite3_system_errno(handle))
        }
    }

    /// A prepared statement, cached by its SQL so loops reuse it.
    /// One still stepping through rows (a loop over it is running) is refused, never silently reset under the loop.
    func statement(_ sql: String) throws(StoreError) -> Statement {
        if let cached = cache[sql] {
            if cached.isBusy { throw .statementInUse(sql: sql) }
            cached.reset()
            return cached
        }
        var raw: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &raw, nil)
        guard rc == SQLITE_OK, let raw else {
            throw error(rc, sql: sql)
        }
        let statement = Statement(raw, sql: sql, connection: self)
        cache[sql] = statement
        return statement
    }

    /// The one write transaction: runs `body` inside BEGIN IMMEDIATE ... COMMIT; any error rolls everything back.
    /// Inside an open transaction (a batch) it is a savepoint: an error rolls back only what `body` did.
    /// `body`'s failures pass through with their own type; `storeFailure` gives a failure to begin or commit that type.
    func transaction<T, Failure: Error>(
        _ body: () throws(Failure) -> T, storeFailure: (StoreError) -> Failure
    ) throws(Failure) -> T {
        let nested = sqlite3_get_autocommit(handle) == 0
        do { try execute(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE") } catch { throw storeFailure(error) }
        let changesBefore = sqlite3_total_changes64(handle)
        let result: T
        do {
            result = try body()
        } catch {
            try? execute(nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK")
            throw error
        }
        do {
            try execute(nested ? "RELEASE nested" : "COMMIT")
        } catch {
            try? execute(nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK")
            throw storeFailure(error)
        }
        if !nested, sqlite3_total_changes64(handle) > changesBefore { CommittedChanges.record() }
        return result
    }

    /// The one read snapshot: runs `body` in BEGIN DEFERRED ... COMMIT, so every query in it sees the same
    /// database; inside a transaction already open, that one is the snapshot.
    func snapshot<T, Failure: Error>(
        _ body: () throws(Failure) -> T, storeFailure: (StoreError) -> Failure
    ) throws(Failure) -> T {
        guard sqlite3_get_autocommit(handle) != 0 else { return try body() }
        do { try execute("BEGIN DEFERRED") } catch { throw storeFailure(error) }
        defer { try? execute("COMMIT") }
        return try body()
    }

    /// The one integer a statement without parameters returns (a pragma's value).
    func integer(_ sql: String) throws(StoreError) -> Int64 {
        let statement = try statement(sql)
        defer { statement.reset() }
        guard try statement.step() else { return 0 }
        return statement.int64(0)
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// The store's failure for SQLite result `code`, naming `sql` when a statement was running (never its bound values).
    package func error(_ code: Int32, sql: String? = nil) -> StoreError {
        StoreError.from(
            code: code, message: String(cString: sqlite3_errmsg(handle)), path: path, systemErrno: sqlite3_system_errno(handle),
            sql: sql
        )
    }
}

/// A prepared statement. Bind with `bind(_:)`, then `step()` through rows.
final class Statement {
    private let raw: OpaquePointer
    /// The statement's text, for error messages.
    let sql: String
    private unowned let connection: SQLiteConnection

    init(_ raw: OpaquePointer, sql: String, connection: SQLiteConnection) {
        self.raw = raw
        self.sql = sql
        self.connection = connection
    }

    /// True between a step that returned a row and the reset or last step (`sqlite3_stmt_busy`).
    var isBusy: Bool { sqlite3_stmt_busy(raw) != 0 }

    deinit { sqlite3_finalize(raw) }

    func reset() {
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
    }

    @discardableResult
    func bind(_ values: SQLValue...) throws(StoreError) -> Statement {
        try bind(values)
    }

    @discardableResult
    func bind(_ values: [SQLValue]) throws(StoreError) -> Statement {
        try bind(values[...])
    }

    /// Binds `values` to the parameters in order, from the first.
    @discardableResult
    func bind(_ values: ArraySlice<SQLValue>) throws(StoreError) -> Statement {
        sqlite3_reset(raw)
        // Clearing walks every parameter, which for a multi-row insert costs more than binding them: only needed
        // when some will not be bound again.
        if values.count < sqlite3_bind_parameter_count(raw) { sqlite3_clear_bindings(raw) }
        var index: Int32 = 1
        for value in values {
            let rc: Int32
            switch value {
            case .integer(let v): rc = sqlite3_bind_int64(raw, index, v)
            case .real(let v): rc = sqlite3_bind_double(raw, index, v)
            // withCString lends the string's own bytes; passing the String itself made a copy of it (utf8CString)
            // for every text bound, which SQLite then copied again.
            case .text(let v): rc = v.withCString { sqlite3_bind_text(raw, index, $0, -1, transientDestructor) }
            case .blob(let v): rc = v.withUnsafeBytes { sqlite3_bind_blob64(raw, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, UInt64($0.count), transientDestructor) }
            case .null: rc = sqlite3_bind_null(raw, index)
            }
            if rc != SQLITE_OK { throw connection.error(rc, sql: sql) }
            index += 1
        }
        return self
    }

    /// Runs a statement that returns no rows with `text` bound to parameter `index` (from 1) as the string's own
    /// bytes, not a copy (SQLITE_STATIC): an article body is by far the largest value ever bound, and the copy
    /// SQLite makes of an ordinary binding, kept until the statement is bound again, held a 50 MB body twice.
    /// The bytes stay valid only inside this call, so every binding is cleared before it returns.
    func run(borrowing text: String, at index: Int32) throws(StoreError) {
        var text = text  // shares the storage: `withUTF8` copies only a string not already contiguous UTF-8
        let failure: StoreError? = text.withUTF8 { bytes in
            defer { reset() }
            // An empty buffer may have no address, and a null pointer would bind NULL rather than ''.
            let rc = bytes.isEmpty
                ? sqlite3_bind_text(raw, index, "", 0, transientDestructor)
                : sqlite3_bind_text64(raw, index, bytes.baseAddress, UInt64(bytes.count), nil, UInt8(SQLITE_UTF8))
            guard rc == SQLITE_OK else { return connection.error(rc, sql: sql) }
            do throws(StoreError) { try run() } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Advances to the next row; false when done.
    func step() throws(StoreError) -> Bool {
        if let observer = connection.statementObserver, !isBusy { observer(sql, sqlite3_get_autocommit(connection.handle) == 0) }
        let rc = sqlite3_step(raw)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = connection.error(rc, sql: sql)
            sqlite3_reset(raw)
            throw error
        }
    }

    /// Runs a statement that returns no rows.
    func run() throws(StoreError) {
        while try step() {}
    }

    /// Calls `row` for each result row.
    func forEach(_ row: (Statement) throws -> Void) throws {
        while try step() { try row(self) }
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(raw, column) }
    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(raw, column)) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(raw, column) }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(raw, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(raw, column) else { return "" }
        let count = Int(sqlite3_column_bytes(raw, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    /// A blob column's bytes, lent to `body` in place (valid until the statement steps again).
    func withBlob<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let start = sqlite3_column_blob(raw, column)
        let count = Int(sqlite3_column_bytes(raw, column))
        return body(UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : count))
    }

    var columnCount: Int32 { sqlite3_column_count(raw) }

    /// A column's value with its storage class, for dumps that must tell 1 from '1' and NULL from ''.
    func typedText(_ column: Int32) -> String {
        switch sqlite3_column_type(raw, column) {
        case SQLITE_NULL: "NULL"
        case SQLITE_INTEGER: "i:\(int64(column))"
        case SQLITE_FLOAT: "r:\(double(column))"
        case SQLITE_BLOB: "b:\(sqlite3_column_bytes(raw, column)) bytes"
        default: "t:" + text(column)
        }
    }
}
