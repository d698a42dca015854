import CSQLite
import FactCheckKit
import Foundation

/// The physical floor for ingest, for benchmarks: the rows an ingest stores (article bodies, claims, quantities)
/// written straight through the SQLite C API, one prepared statement per table, all in one transaction,
/// into plain tables with no constraints, indexes, full-text index or history.
///
/// Same file settings as the store (WAL, synchronous NORMAL), so the ratio against `FactCheckStore.ingest`
/// measures only what factcheck adds: extraction, deduplication, history, indexes and FTS upkeep. A claim's kinds
/// are one integer column in both (schema version 12).
public final class FloorWriter {
    private let db: SQLiteConnection
    private let articleInsert: OpaquePointer
    private let claimInsert: OpaquePointer
    private let quantityInsert: OpaquePointer
    private let timestamp: String
    private let editor: String

    /// Creates the floor tables in a new file at `path` (which must not exist) and opens the one transaction.
    public init(path: String, editor: String, timestamp: String) throws(StoreError) {
        db = try SQLiteConnection(path: path, readOnly: false)
        self.timestamp = timestamp
        self.editor = editor
        try db.execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT, publication TEXT, author TEXT, url TEXT,
                published TEXT, body TEXT, source_path TEXT, ingested_at TEXT, ingested_by TEXT);
            CREATE TABLE claim (id INTEGER PRIMARY KEY, article_id INTEGER, position INTEGER, start_offset INTEGER,
                end_offset INTEGER, text TEXT, score REAL, reasons INTEGER, status TEXT, speaker TEXT, attribution TEXT,
                time_reference TEXT, updated_at TEXT, subject TEXT, kinds INTEGER);
            CREATE TABLE quantity (id INTEGER PRIMARY KEY, claim_id INTEGER, position INTEGER, text TEXT, value REAL,
                unit TEXT, kind TEXT, qualifier TEXT);
            """)
        let connection = db
        func prepare(_ sql: String) throws(StoreError) -> OpaquePointer {
            var raw: OpaquePointer?
            let rc = sqlite3_prepare_v3(connection.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &raw, nil)
            guard rc == SQLITE_OK, let raw else { throw connection.error(rc) }
            return raw
        }
        articleInsert = try prepare("""
            INSERT INTO article (title, publication, author, url, published, body, source_path, ingested_at, ingested_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        claimInsert = try prepare("""
            INSERT INTO claim (article_id, position, start_offset, end_offset, text, score, reasons, status, speaker,
                attribution, time_reference, updated_at, subject, kinds) VALUES (?, ?, ?, ?, ?, ?, ?, 'unverified', ?, ?, ?, ?, ?, ?)
            """)
        quantityInsert = try prepare("""
            INSERT INTO quantity (claim_id, position, text, value, unit, kind, qualifier) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        try db.execute("BEGIN")
    }

    deinit {
        sqlite3_finalize(articleInsert)
        sqlite3_finalize(claimInsert)
        sqlite3_finalize(quantityInsert)
    }

    /// Writes one article's rows inside the open transaction.
    public func insert(_ draft: ArticleDraft) throws(StoreError) {
        let meta = draft.metadata
        bind(articleInsert, 1, meta.title ?? "Untitled")
        bind(articleInsert, 2, meta.publication)
        bind(articleInsert, 3, meta.author)
        bind(articleInsert, 4, meta.url)
        bind(articleInsert, 5, meta.published)
        bind(articleInsert, 6, draft.body)
        bind(articleInsert, 7, draft.sourcePath)
        bind(articleInsert, 8, timestamp)
        bind(articleInsert, 9, editor)
        try run(articleInsert)
        let articleID = sqlite3_last_insert_rowid(db.handle)
        for claim in draft.claims {
            sqlite3_bind_int64(claimInsert, 1, articleID)
            sqlite3_bind_int64(claimInsert, 2, Int64(claim.position))
            sqlite3_bind_int64(claimInsert, 3, Int64(claim.startOffset))
            sqlite3_bind_int64(claimInsert, 4, Int64(claim.endOffset))
            bind(claimInsert, 5, claim.text)
            sqlite3_bind_double(claimInsert, 6, claim.score)
            sqlite3_bind_int64(claimInsert, 7, CheckWorthinessReason.bits(of: claim.reasons))
            bind(claimInsert, 8, claim.speaker)
            bind(claimInsert, 9, claim.attribution)
            bind(claimInsert, 10, claim.timeReference)
            bind(claimInsert, 11, timestamp)
            bind(claimInsert, 12, claim.subject)
            sqlite3_bind_int64(claimInsert, 13, ClaimKind.bits(of: claim.kinds))
            try run(claimInsert)
            let claimID = sqlite3_last_insert_rowid(db.handle)
            for (index, quantity) in claim.quantities.enumerated() {
                sqlite3_bind_int64(quantityInsert, 1, claimID)
                sqlite3_bind_int64(quantityInsert, 2, Int64(index))
                bind(quantityInsert, 3, quantity.text)
                sqlite3_bind_double(quantityInsert, 4, quantity.value)
                bind(quantityInsert, 5, quantity.unit)
                bind(quantityInsert, 6, quantity.kind.rawValue)
                bind(quantityInsert, 7, quantity.qualifier)
                try run(quantityInsert)
            }
        }
    }

    /// Commits the one transaction.
    public func commit() throws(StoreError) {
        try db.execute("COMMIT")
    }

    private func bind(_ statement: OpaquePointer, _ index: Int32, _ value: String?) {
        if let value {
            sqlite3_bind_text(statement, index, value, -1, floorTransient)
        } else {
            sqlite3_bind_null(statement, index)
        }
    }

    private func run(_ statement: OpaquePointer) throws(StoreError) {
        let rc = sqlite3_step(statement)
        sqlite3_reset(statement)
        if rc != SQLITE_DONE { throw db.error(rc) }
    }
}

private let floorTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
