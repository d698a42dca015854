extension Migrations {
    /// The matching index (`claim_posting`, `review_posting`): each index term's claims and reviews as `PostingList`
    /// segments, so matching reads a term's rows in one or a few instead of stepping FTS5 through each of them. The
    /// migration makes the tables; `FactCheckStore.migrate` then fills them from every stored claim and review in the
    /// same transaction (a tokenizer call per row, which SQL cannot make).
    static let matchingIndex = """
CREATE TABLE claim_posting (
    term       TEXT NOT NULL,
    segment    INTEGER NOT NULL CHECK (segment >= 1),
    documents  INTEGER NOT NULL CHECK (documents >= 1),
    postings   BLOB NOT NULL CHECK (length(postings) > 0),
    PRIMARY KEY (term, segment)
) STRICT, WITHOUT ROWID;

CREATE TABLE review_posting (
    term       TEXT NOT NULL,
    segment    INTEGER NOT NULL CHECK (segment >= 1),
    documents  INTEGER NOT NULL CHECK (documents >= 1),
    postings   BLOB NOT NULL CHECK (length(postings) > 0),
    PRIMARY KEY (term, segment)
) STRICT, WITHOUT ROWID;
"""

    /// The version `matchingIndex` brings a database to: below it, the postings are still to be made.
    static var matchingIndexVersion: Int { all.firstIndex(of: matchingIndex)! + 1 }
}
