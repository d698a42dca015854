extension FactCheckStore {
    /// Gives the full-text index every claim a batch stored since it was last fed, in one statement (FTS5 writes
    /// a segment per statement). Runs before the batch commits, before anything reads the claims' index inside it
    /// (a search, matching the next article), so what is found never depends on when the index was fed, and before
    /// a claim's text is edited (the trigger takes the old text out of the index).
    /// A rollback that takes back rows fed here owes them again (`write`, `change`).
    func indexPendingText() throws(StoreError) {
        guard let from = unindexedClaimsFrom else { return }
        try indexText(ofClaimsWhere: "id >= ?", .integer(from), from: from)
        unindexedClaimsFrom = nil
    }

    /// Feeds the full-text index the claims `condition` (with one bound value) selects, in search-key order: new
    /// claims, from id `first` on, which the matching index is owed from then on (`catchUpMatchingIndex`).
    func indexText(ofClaimsWhere condition: String, _ value: SQLValue, from first: Int64) throws(StoreError) {
        try db.statement(
            "INSERT INTO claim_fts (rowid, text) SELECT \(Self.searchKey(score: "score", id: "id")), text FROM claim WHERE \(condition) \(Self.inKeyOrder)"
        ).bind(value).run()
        try owePostings(ofClaimsFrom: first)
    }

    /// Ends every statement that feeds `claim_fts`: its rows in ascending search key. FTS5 writes its pending terms
    /// out as a new segment whenever a rowid is not above the last one, and the key is score first, so in claim order
    /// nearly every other row began a segment and set off merges: over 80% of a batch's full-text upkeep (BENCHMARKS.md,
    /// issue 14). In key order a statement writes one segment, or one per FTS5 hash size of terms.
    static let inKeyOrder = "ORDER BY 1"
}
