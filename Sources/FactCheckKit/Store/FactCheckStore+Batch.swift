import CSQLite

extension FactCheckStore {
    /// Runs many write actions as one transaction, for bulk ingest: each action inside stays atomic
    /// (its own savepoint, so a failure undoes only that action), but the batch is committed once.
    ///
    /// Committing once per batch instead of once per article spares the WAL the same index and history pages
    /// rewritten at every commit. If the process dies mid-batch, the whole batch is lost; ingesting again stores
    /// exactly what is missing, as stored bodies are recognised and skipped.
    ///
    /// `memory` says how much memory the batch may keep for speed: `.lean` for a batch that holds an article too
    /// long to keep all in memory.
    public func batch<T>(memory: BatchMemory = .ample, _ body: () throws -> T) throws -> T {
        // A batch inside a transaction is just a savepoint; the settings below are for the outermost one.
        guard sqlite3_get_autocommit(db.handle) != 0 else { return try change(body) }
        // Savepoint journals stay in memory (a batch's pages would otherwise spill to a temporary file), and
        // the page cache holds the hot index pages of a large archive. Both only for the batch.
        let cacheSize = try db.integer("PRAGMA cache_size")
        let tempStore = try db.integer("PRAGMA temp_store")
        let journals = memory == .ample ? "MEMORY" : "FILE"
        try db.execute("PRAGMA temp_store = \(journals); PRAGMA cache_size = -\(memory.cacheKiB)")
        // Put back what was set before the batch, not a guessed default.
        defer { try? db.execute("PRAGMA temp_store = \(tempStore); PRAGMA cache_size = \(cacheSize)") }
        // New claims reach the full-text index in one statement before the commit: FTS5 writes a segment per
        // statement that feeds it, so one per article made it merge segments all through the batch.
        return try change {
            defersTextIndex = true
            defer { defersTextIndex = false; unindexedClaimsFrom = nil }
            let result = try body()
            try indexPendingText()
            return result
        }
    }
}

/// How much memory a batch keeps for speed.
public enum BatchMemory: Sendable {
    /// A 64 MiB page cache, and savepoint journals in memory.
    case ample
    /// A 16 MiB page cache, and savepoint journals in temporary files: for a batch that holds a huge article,
    /// whose pages would otherwise fill the cache beside its body in memory.
    case lean

    /// The page cache it keeps, in KiB.
    var cacheKiB: Int64 {
        switch self {
        case .ample: 65_536
        case .lean: 16_384
        }
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
