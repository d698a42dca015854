extension Migrations {
    /// Claims tracked across articles: imported fact-checks (`review`, with its own full-text index), stored
    /// matches between claims and to reviews (`claim_match`), verdicts carried from another claim or a review
    /// (two history columns), and the claim full-text index rebuilt with the porter stemmer, diacritics removed,
    /// and a rowid that orders matches by worklist score, so a search's first page reads only that page.
    static let claimTracking = """
DROP TRIGGER claim_fts_update;
DROP TRIGGER claim_fts_delete;
DROP TABLE claim_fts;

CREATE VIRTUAL TABLE claim_fts USING fts5 (text, content = '', tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO claim_fts (rowid, text)
SELECT ((1000000 - CAST(round(score * 1000000) AS INTEGER)) << 32) | id, text FROM claim;

CREATE TRIGGER claim_fts_update AFTER UPDATE OF text, score ON claim
BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text)
    VALUES ('delete', ((1000000 - CAST(round(old.score * 1000000) AS INTEGER)) << 32) | old.id, old.text);
    INSERT INTO claim_fts (rowid, text)
    VALUES (((1000000 - CAST(round(new.score * 1000000) AS INTEGER)) << 32) | new.id, new.text);
END;

CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim
BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text)
    VALUES ('delete', ((1000000 - CAST(round(old.score * 1000000) AS INTEGER)) << 32) | old.id, old.text);
END;

CREATE TABLE review (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT NOT NULL UNIQUE CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
    claim_reviewed       TEXT NOT NULL CHECK (length(trim(claim_reviewed)) > 0),
    headline             TEXT,
    rating_name          TEXT,
    rating_value         REAL,
    best_rating          REAL,
    worst_rating         REAL,
    rating_explanation   TEXT,
    reviewer             TEXT,
    reviewer_url         TEXT,
    published            TEXT,
    claimant             TEXT,
    claim_date           TEXT,
    appearance_url       TEXT,
    appearance_headline  TEXT,
    json                 TEXT NOT NULL,
    imported_at          TEXT NOT NULL,
    imported_by          TEXT NOT NULL
) STRICT;

CREATE VIRTUAL TABLE review_fts USING fts5 (
    claim_reviewed, headline, content = 'review', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER review_fts_update AFTER UPDATE OF claim_reviewed, headline ON review
BEGIN
    INSERT INTO review_fts (review_fts, rowid, claim_reviewed, headline) VALUES ('delete', old.id, old.claim_reviewed, old.headline);
    INSERT INTO review_fts (rowid, claim_reviewed, headline) VALUES (new.id, new.claim_reviewed, new.headline);
END;

CREATE TRIGGER review_fts_delete AFTER DELETE ON review
BEGIN
    INSERT INTO review_fts (review_fts, rowid, claim_reviewed, headline) VALUES ('delete', old.id, old.claim_reviewed, old.headline);
END;

CREATE TABLE claim_match (
    id                INTEGER PRIMARY KEY,
    claim_id          INTEGER NOT NULL REFERENCES claim(id),
    matched_claim_id  INTEGER REFERENCES claim(id),
    review_id         INTEGER REFERENCES review(id),
    relation          TEXT NOT NULL CHECK (relation IN ('same', 'changed', 'related')),
    score             REAL NOT NULL CHECK (score >= 0 AND score <= 1),
    reason            TEXT NOT NULL,
    changes           TEXT NOT NULL DEFAULT '[]',
    CHECK ((matched_claim_id IS NULL) != (review_id IS NULL)),
    CHECK (matched_claim_id IS NOT claim_id)
) STRICT;

CREATE INDEX claim_match_by_claim ON claim_match (claim_id, score DESC);
CREATE INDEX claim_match_by_relation ON claim_match (relation, claim_id);
CREATE INDEX claim_match_by_matched ON claim_match (matched_claim_id) WHERE matched_claim_id IS NOT NULL;

ALTER TABLE claim_event ADD COLUMN carried_from_claim INTEGER REFERENCES claim(id);
ALTER TABLE claim_event ADD COLUMN carried_from_review INTEGER REFERENCES review(id);
"""
}
