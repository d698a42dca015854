extension FactCheckStore {
    /// Gives the full-text index every claim a batch stored since it was last fed, in one statement (FTS5 writes
    /// a segment per statement). Runs before the batch commits, before anything reads the claims' index inside it
    /// (a search, matching the next article), so what is found never depends on when the index was fed, and before
    /// a claim's text is edited (the trigger takes the old text out of the index).
    /// A rollback that takes back rows fed here owes them again (`write`, `change`).
    func indexPendingText() throws(StoreError) {
        guard let from = unindexedClaimsFrom else { return }
        try db.statement(
            "INSERT INTO claim_fts (rowid, text) SELECT \(Self.searchKey(score: "score", id: "id")), text FROM claim WHERE id >= ?"
        ).bind(.integer(from)).run()
        unindexedClaimsFrom = nil
    }
}
