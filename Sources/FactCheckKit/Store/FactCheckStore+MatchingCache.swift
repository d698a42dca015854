extension FactCheckStore {
    /// Gives the connection a page cache that can hold the full-text indexes, before a run of matching.
    ///
    /// Every claim matched reads the posting lists of its words from both indexes: on SQLite's default 2 MB cache a
    /// large archive's index (5.5 MB of claims' postings at 132,000 claims) was read again from the file for each
    /// claim. The cache is raised once and kept for the connection's life (it only holds pages actually read), so
    /// the next article's matching finds the pages still there. No transaction is opened: ingest matches outside
    /// one, so it never holds up editors.
    func useMatchingCache() throws(StoreError) {
        guard try cacheBytes() < Self.matchingCacheKiB * 1024 else { return }
        try db.execute("PRAGMA cache_size = -\(Self.matchingCacheKiB)")
    }

    /// The page cache matching keeps: that of a batch (`BatchMemory.ample`).
    static let matchingCacheKiB = BatchMemory.ample.cacheKiB

    /// The page cache's size in bytes (`cache_size` is in pages when positive, in KiB when negative).
    private func cacheBytes() throws(StoreError) -> Int64 {
        let size = try db.integer("PRAGMA cache_size")
        return size < 0 ? -size * 1024 : size * (try db.integer("PRAGMA page_size"))
    }
}
