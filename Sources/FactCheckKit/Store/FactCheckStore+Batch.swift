import CSQLite

extension FactCheckStore {
    /// Runs many write actions as one transaction, for bulk ingest: each action inside stays atomic
    /// (its own savepoint, so a failure undoes only that action), but the batch is committed once.
    ///
    /// Committing once per batch instead of once per article spares the WAL the same index and history pages
    /// rewritten at every commit. If the process dies mid-batch, the whole batch is lost; ingesting again stores
    /// exactly what is missing, as stored bodies are recognised and skipped.
    public func batch<T>(_ body: () throws -> T) throws -> T {
        // A batch inside a transaction is just a savepoint; the settings below are for the outermost one.
        guard sqlite3_get_autocommit(db.handle) != 0 else { return try db.transaction(body) }
        // Savepoint journals stay in memory (a batch's pages would otherwise spill to a temporary file), and
        // the page cache holds the hot index pages of a large archive. Both only for the batch.
        try db.execute("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536")
        defer { try? db.execute("PRAGMA temp_store = DEFAULT; PRAGMA cache_size = -2000") }
        return try db.transaction(body)
    }
}

/// How bulk ingest groups articles into commits.
public enum IngestBatching {
    /// Articles per commit when ingesting many: large enough to amortise index and full-text upkeep,
    /// small enough that an interrupted run loses only seconds of work.
    public static let articlesPerCommit = 200
    /// A batch also ends once its files add up to this many bytes, as they are read and extracted together.
    public static let bytesPerBatch = 64 << 20
}
