extension Migrations {
    /// The matching index (`claim_posting`): each index term's claims as `PostingList` segments, so matching reads a
    /// term's claims in a row or a few instead of stepping FTS5 through each of them. The migration makes the table;
    /// `FactCheckStore.migrate` then fills it from every stored claim in the same transaction (a tokenizer call per
    /// claim, which SQL cannot make).
    static let claimPostings = """
CREATE TABLE claim_posting (
    term      TEXT NOT NULL,
    segment   INTEGER NOT NULL CHECK (segment >= 1),
    postings  BLOB NOT NULL CHECK (length(postings) > 0),
    PRIMARY KEY (term, segment)
) STRICT, WITHOUT ROWID;
"""

    /// The version `claimPostings` brings a database to: one below it, the claims' postings are still to be made.
    static var claimPostingsVersion: Int { all.firstIndex(of: claimPostings)! + 1 }
}
