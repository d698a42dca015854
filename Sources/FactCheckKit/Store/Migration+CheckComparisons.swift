extension Migrations {
    /// Every `CHECK (x IN (...))` written as `x = 'a' OR x = 'b' ...`: the same values are refused, but SQLite 3.40
    /// builds a temporary index for an IN list each time a statement runs, so each inserted row paid for one
    /// (about a fifth of the store's work in a bulk ingest). A CHECK cannot be altered, so each table is rebuilt:
    /// renamed aside (with `legacy_alter_table`, so the foreign keys of other tables keep naming it), created anew,
    /// filled with every row and id, and dropped; then its indexes and triggers are made again. Foreign keys are off
    /// during migrations and checked before they commit (`FactCheckStore.migrate`). The claims' full-text index is
    /// keyed by claim id and score, both kept, so it stays as it is.
    static let checkComparisons = """
PRAGMA legacy_alter_table = ON;

DROP TRIGGER claim_fts_update;
DROP TRIGGER claim_fts_delete;
DROP TRIGGER evidence_no_delete;
DROP TRIGGER evidence_withdraw_only;
DROP TRIGGER claim_event_no_update;
DROP TRIGGER claim_event_no_delete;
DROP TRIGGER verdict_state_no_delete;
DROP TRIGGER verdict_state_published_stays;
DROP TRIGGER correction_no_update;
DROP TRIGGER correction_no_delete;
DROP TRIGGER editor_no_delete;

ALTER TABLE claim RENAME TO claim_before_comparisons;
ALTER TABLE claim_kind RENAME TO claim_kind_before_comparisons;
ALTER TABLE quantity RENAME TO quantity_before_comparisons;
ALTER TABLE evidence RENAME TO evidence_before_comparisons;
ALTER TABLE claim_event RENAME TO claim_event_before_comparisons;
ALTER TABLE verdict_state RENAME TO verdict_state_before_comparisons;
ALTER TABLE correction RENAME TO correction_before_comparisons;
ALTER TABLE claim_match RENAME TO claim_match_before_comparisons;
ALTER TABLE editor RENAME TO editor_before_comparisons;

CREATE TABLE claim (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES article(id),
    position       INTEGER NOT NULL CHECK (position >= 0),
    start_offset   INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset     INTEGER NOT NULL CHECK (end_offset >= start_offset),
    text           TEXT NOT NULL,
    score          REAL NOT NULL CHECK (score >= 0 AND score <= 1),
    status         TEXT NOT NULL DEFAULT 'unverified'
                   CHECK (status = 'unverified' OR status = 'in-review' OR status = 'verified' OR status = 'disputed'
                          OR status = 'false' OR status = 'misleading' OR status = 'unverifiable'),
    speaker        TEXT,
    attribution    TEXT,
    time_reference TEXT,
    verdict_note   TEXT,
    assignee       TEXT,
    updated_at     TEXT NOT NULL,
    reasons        INTEGER NOT NULL DEFAULT 0 CHECK (reasons >= 0 AND reasons < 65536),
    UNIQUE (article_id, position)
) STRICT;

CREATE TABLE claim_kind (
    claim_id  INTEGER NOT NULL REFERENCES claim(id),
    kind      TEXT NOT NULL
              CHECK (kind = 'quantity' OR kind = 'percentage' OR kind = 'money' OR kind = 'count' OR kind = 'date'
                     OR kind = 'ranking' OR kind = 'comparison' OR kind = 'attribution' OR kind = 'quote'),
    PRIMARY KEY (claim_id, kind)
) STRICT, WITHOUT ROWID;

CREATE TABLE quantity (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claim(id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    text       TEXT NOT NULL,
    value      REAL NOT NULL,
    unit       TEXT,
    kind       TEXT NOT NULL CHECK (kind = 'number' OR kind = 'percentage' OR kind = 'money' OR kind = 'count'),
    qualifier  TEXT,
    start_offset INTEGER CHECK (start_offset >= 0),
    end_offset   INTEGER CHECK (end_offset >= start_offset),
    UNIQUE (claim_id, position)
) STRICT;

CREATE TABLE evidence (
    id                INTEGER PRIMARY KEY,
    claim_id          INTEGER NOT NULL REFERENCES claim(id),
    url               TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
    title             TEXT,
    publisher         TEXT,
    quote             TEXT,
    stance            TEXT NOT NULL CHECK (stance = 'supports' OR stance = 'refutes' OR stance = 'context'),
    note              TEXT,
    editor            TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    withdrawn_at      TEXT,
    withdrawn_by      TEXT,
    withdrawn_reason  TEXT
) STRICT;

CREATE TABLE claim_event (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claim(id),
    action     TEXT NOT NULL
               CHECK (action = 'extracted' OR action = 'status' OR action = 'evidence-added' OR action = 'evidence-withdrawn'
                      OR action = 'assigned' OR action = 'text-edited' OR action = 'reviewed' OR action = 'published'
                      OR action = 'unpublished' OR action = 'corrected'),
    editor     TEXT NOT NULL,
    at         TEXT NOT NULL,
    from_value TEXT,
    to_value   TEXT,
    note       TEXT,
    forced     INTEGER NOT NULL DEFAULT 0 CHECK (forced = 0 OR forced = 1),
    carried_from_claim INTEGER REFERENCES claim(id),
    carried_from_review INTEGER REFERENCES review(id)
) STRICT;

CREATE TABLE verdict_state (
    claim_id        INTEGER PRIMARY KEY REFERENCES claim(id),
    review          TEXT CHECK (review = 'pending' OR review = 'approved' OR review = 'rejected' OR review = 'not-required'),
    given_by        TEXT NOT NULL,
    reviewed_by     TEXT,
    reviewed_at     TEXT,
    review_note     TEXT,
    published_at    TEXT,
    unpublished_at  TEXT,
    CHECK (unpublished_at IS NULL OR published_at IS NOT NULL)
) STRICT;

CREATE TABLE correction (
    id                INTEGER PRIMARY KEY,
    claim_id          INTEGER NOT NULL REFERENCES claim(id),
    what              TEXT NOT NULL CHECK (what = 'verdict' OR what = 'evidence' OR what = 'unpublished'),
    published_status  TEXT NOT NULL,
    published_note    TEXT,
    new_status        TEXT,
    new_note          TEXT,
    evidence_id       INTEGER REFERENCES evidence(id),
    reason            TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    editor            TEXT NOT NULL,
    at                TEXT NOT NULL
) STRICT;

CREATE TABLE claim_match (
    id                INTEGER PRIMARY KEY,
    claim_id          INTEGER NOT NULL REFERENCES claim(id),
    matched_claim_id  INTEGER REFERENCES claim(id),
    review_id         INTEGER REFERENCES review(id),
    relation          TEXT NOT NULL CHECK (relation = 'same' OR relation = 'changed' OR relation = 'related'),
    score             REAL NOT NULL CHECK (score >= 0 AND score <= 1),
    reason            TEXT NOT NULL,
    changes           TEXT NOT NULL DEFAULT '[]',
    CHECK ((matched_claim_id IS NULL) != (review_id IS NULL)),
    CHECK (matched_claim_id IS NOT claim_id)
) STRICT;

CREATE TABLE editor (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role = 'checker' OR role = 'editor' OR role = 'admin'),
    token_sha256  TEXT NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    revoked_at    TEXT,
    revoked_by    TEXT
) STRICT;

INSERT INTO claim SELECT * FROM claim_before_comparisons;
INSERT INTO claim_kind SELECT * FROM claim_kind_before_comparisons;
INSERT INTO quantity SELECT * FROM quantity_before_comparisons;
INSERT INTO evidence SELECT * FROM evidence_before_comparisons;
INSERT INTO claim_event SELECT * FROM claim_event_before_comparisons;
INSERT INTO verdict_state SELECT * FROM verdict_state_before_comparisons;
INSERT INTO correction SELECT * FROM correction_before_comparisons;
INSERT INTO claim_match SELECT * FROM claim_match_before_comparisons;
INSERT INTO editor SELECT * FROM editor_before_comparisons;

DROP TABLE claim_before_comparisons;
DROP TABLE claim_kind_before_comparisons;
DROP TABLE quantity_before_comparisons;
DROP TABLE evidence_before_comparisons;
DROP TABLE claim_event_before_comparisons;
DROP TABLE verdict_state_before_comparisons;
DROP TABLE correction_before_comparisons;
DROP TABLE claim_match_before_comparisons;
DROP TABLE editor_before_comparisons;

CREATE INDEX claim_by_status_score ON claim (status, score DESC, id);
CREATE INDEX claim_by_score ON claim (score DESC, id);
CREATE INDEX claim_by_assignee ON claim (assignee, score DESC, id) WHERE assignee IS NOT NULL;
CREATE INDEX claim_kind_by_kind ON claim_kind (kind, claim_id);
CREATE INDEX evidence_by_claim ON evidence (claim_id, id);
CREATE INDEX claim_event_by_claim ON claim_event (claim_id, id);
CREATE INDEX verdict_state_by_review ON verdict_state (review, claim_id);
CREATE INDEX correction_by_claim ON correction (claim_id, id);
CREATE INDEX claim_match_by_claim ON claim_match (claim_id, score DESC);
CREATE INDEX claim_match_by_relation ON claim_match (relation, claim_id);
CREATE INDEX claim_match_by_matched ON claim_match (matched_claim_id) WHERE matched_claim_id IS NOT NULL;
CREATE UNIQUE INDEX editor_active_name ON editor (name) WHERE revoked_at IS NULL;

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

CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event
BEGIN
    SELECT RAISE(ABORT, 'claim history is append-only');
END;

CREATE TRIGGER claim_event_no_delete BEFORE DELETE ON claim_event
BEGIN
    SELECT RAISE(ABORT, 'claim history is append-only');
END;

CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
BEGIN
    SELECT RAISE(ABORT, 'evidence is withdrawn, never deleted');
END;

CREATE TRIGGER evidence_withdraw_only BEFORE UPDATE ON evidence
WHEN old.withdrawn_at IS NOT NULL
  OR new.withdrawn_at IS NULL OR new.withdrawn_by IS NULL OR new.withdrawn_reason IS NULL
  OR new.id IS NOT old.id OR new.claim_id IS NOT old.claim_id OR new.url IS NOT old.url
  OR new.title IS NOT old.title OR new.publisher IS NOT old.publisher OR new.quote IS NOT old.quote
  OR new.stance IS NOT old.stance OR new.note IS NOT old.note OR new.editor IS NOT old.editor
  OR new.created_at IS NOT old.created_at
BEGIN
    SELECT RAISE(ABORT, 'evidence can be withdrawn once, never rewritten');
END;

CREATE TRIGGER correction_no_update BEFORE UPDATE ON correction
BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only');
END;

CREATE TRIGGER correction_no_delete BEFORE DELETE ON correction
BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only');
END;

CREATE TRIGGER verdict_state_no_delete BEFORE DELETE ON verdict_state
BEGIN
    SELECT RAISE(ABORT, 'a verdict''s review and publication are never deleted');
END;

CREATE TRIGGER verdict_state_published_stays BEFORE UPDATE ON verdict_state
WHEN old.published_at IS NOT NULL AND new.published_at IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a published verdict is withdrawn (unpublished), never deleted');
END;

CREATE TRIGGER editor_no_delete BEFORE DELETE ON editor
BEGIN
    SELECT RAISE(ABORT, 'editors are revoked, never deleted');
END;

PRAGMA legacy_alter_table = OFF;
"""
}
