/// The matching index is caught up by whoever reads it (`posting_owed`, schema.sql): a write that stores claims feeds
/// the full-text index and records the first claim id the matching index is owed; matching indexes every owed claim in
/// one write first. So an ingest that does not match, an archive loaded in bulk, pays nothing for an index it does not
/// read (BENCHMARKS.md, issue 14), and one that does pays the same as before, in one write instead of one a batch.
extension FactCheckStore {
    /// Records that the claims from id `first` on are owed to the matching index: new claims, so the highest ids.
    func owePostings(ofClaimsFrom first: Int64) throws(StoreError) {
        try db.statement("""
            INSERT INTO posting_owed (index_name, from_id) VALUES ('claim', ?)
            ON CONFLICT (index_name) DO UPDATE SET from_id = min(from_id, excluded.from_id)
            """).bind(.integer(first)).run()
    }

    /// The first claim id the matching index is owed, or nil when it holds every claim.
    func owedClaimPostings() throws(StoreError) -> Int64? {
        let statement = try db.statement("SELECT from_id FROM posting_owed WHERE index_name = 'claim'")
        defer { statement.reset() }
        return try statement.step() ? statement.int64(0) : nil
    }

    /// Brings the matching index up to date, in one write when it lags: every owed claim indexed, then every row
    /// changed since it was written (`refreshStalePostings`). Matching at ingest and `match --refresh` call it first;
    /// a command that only reads never writes, and reads the full-text index while the matching index lags.
    public func catchUpMatchingIndex() throws(StoreError) {
        if unindexedClaimsFrom == nil, try !hasStalePostings() { return }
        try write { () throws(StoreError) in
            // Claims a batch stored but has not fed to the full-text index yet are owed too: fed and owed first, so
            // they are indexed here once, and not again when the batch feeds them (a later catch-up indexed them
            // twice).
            try indexPendingText()
            if let from = try owedClaimPostings() {
                try indexClaimPostings(ofClaimsWhere: "id >= ?", .integer(from))
                try db.execute("DELETE FROM posting_owed")
            }
            try refreshStalePostings()
        }
    }
}
