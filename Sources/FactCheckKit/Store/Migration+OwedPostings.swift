extension Migrations {
    /// Claims stored but not yet in the matching index (`claim_posting`): storing a claim feeds the full-text index
    /// only, and records here the first claim id the matching index is owed; whoever matches next catches it up
    /// (`FactCheckStore.catchUpMatchingIndex`), all the owed claims in one write. So an ingest that does not match
    /// (`ingest --no-match`, an archive loaded in bulk) pays nothing for an index it does not read. One row at most.
    static let owedPostings = """
CREATE TABLE posting_owed (
    index_name  TEXT PRIMARY KEY CHECK (index_name = 'claim'),
    from_id     INTEGER NOT NULL CHECK (from_id >= 0)
) STRICT, WITHOUT ROWID;
"""
}
