extension Migrations {
    /// The matching index (`claim_posting`, `review_posting`): each index term's claims and reviews as `PostingList`
    /// segments, so matching reads a term's rows in one or a few instead of stepping FTS5 through each of them. The
    /// migration makes the tables; `FactCheckStore.migrate` then fills them from every stored claim and review in the
    /// same transaction (a tokenizer call per row, which SQL cannot make). Triggers queue the rows whose text changes
    /// (or a claim's score, its key) in `posting_stale`, so a change made by any means is caught up with.
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

CREATE TABLE posting_stale (
    index_name    TEXT NOT NULL CHECK (index_name = 'claim' OR index_name = 'review'),
    row_id        INTEGER NOT NULL,
    old_key       INTEGER NOT NULL,
    old_text      TEXT NOT NULL,
    old_headline  TEXT,
    PRIMARY KEY (index_name, row_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER claim_posting_update AFTER UPDATE OF text, score ON claim
BEGIN
    INSERT OR IGNORE INTO posting_stale (index_name, row_id, old_key, old_text)
    VALUES ('claim', old.id, ((1000000 - CAST(round(old.score * 1000000) AS INTEGER)) << 32) | old.id, old.text);
END;

CREATE TRIGGER claim_posting_delete AFTER DELETE ON claim
BEGIN
    INSERT OR IGNORE INTO posting_stale (index_name, row_id, old_key, old_text)
    VALUES ('claim', old.id, ((1000000 - CAST(round(old.score * 1000000) AS INTEGER)) << 32) | old.id, old.text);
END;

CREATE TRIGGER review_posting_update AFTER UPDATE OF claim_reviewed, headline ON review
BEGIN
    INSERT OR IGNORE INTO posting_stale (index_name, row_id, old_key, old_text, old_headline)
    VALUES ('review', old.id, old.id, old.claim_reviewed, old.headline);
END;

CREATE TRIGGER review_posting_delete AFTER DELETE ON review
BEGIN
    INSERT OR IGNORE INTO posting_stale (index_name, row_id, old_key, old_text, old_headline)
    VALUES ('review', old.id, old.id, old.claim_reviewed, old.headline);
END;
"""

    /// The version `matchingIndex` brings a database to: below it, the postings are still to be made.
    static var matchingIndexVersion: Int { all.firstIndex(of: matchingIndex)! + 1 }
}
