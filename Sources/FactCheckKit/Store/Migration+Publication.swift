extension Migrations {
    /// Review, publication and corrections: a verdict waits for a second editor, becomes public with a date, and a
    /// published verdict changes only through a recorded correction. The history gains the actions for these steps
    /// (a CHECK cannot be altered in place, so `claim_event` is rebuilt with every row and id kept).
    /// Verdicts given before this version were never reviewed: they become `not-required` and unpublished.
    static let publication = """
ALTER TABLE claim_event RENAME TO claim_event_before_publication;

CREATE TABLE claim_event (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claim(id),
    action     TEXT NOT NULL
               CHECK (action IN ('extracted', 'status', 'evidence-added', 'evidence-withdrawn', 'assigned', 'text-edited', 'reviewed', 'published', 'unpublished', 'corrected')),
    editor     TEXT NOT NULL,
    at         TEXT NOT NULL,
    from_value TEXT,
    to_value   TEXT,
    note       TEXT,
    forced     INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1))
) STRICT;

INSERT INTO claim_event (id, claim_id, action, editor, at, from_value, to_value, note, forced)
SELECT id, claim_id, action, editor, at, from_value, to_value, note, forced FROM claim_event_before_publication;

DROP TABLE claim_event_before_publication;

CREATE INDEX claim_event_by_claim ON claim_event (claim_id, id);

CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event
BEGIN
    SELECT RAISE(ABORT, 'claim history is append-only');
END;

CREATE TRIGGER claim_event_no_delete BEFORE DELETE ON claim_event
BEGIN
    SELECT RAISE(ABORT, 'claim history is append-only');
END;

CREATE TABLE verdict_state (
    claim_id        INTEGER PRIMARY KEY REFERENCES claim(id),
    review          TEXT CHECK (review IN ('pending', 'approved', 'rejected', 'not-required')),
    given_by        TEXT NOT NULL,
    reviewed_by     TEXT,
    reviewed_at     TEXT,
    review_note     TEXT,
    published_at    TEXT,
    unpublished_at  TEXT,
    CHECK (unpublished_at IS NULL OR published_at IS NOT NULL)
) STRICT;

CREATE INDEX verdict_state_by_review ON verdict_state (review, claim_id);

INSERT INTO verdict_state (claim_id, review, given_by)
SELECT c.id, 'not-required',
       coalesce((SELECT e.editor FROM claim_event e WHERE e.claim_id = c.id AND e.action = 'status' ORDER BY e.id DESC LIMIT 1), 'unknown')
FROM claim c
WHERE c.status IN ('verified', 'disputed', 'false', 'misleading', 'unverifiable');

CREATE TABLE correction (
    id                INTEGER PRIMARY KEY,
    claim_id          INTEGER NOT NULL REFERENCES claim(id),
    what              TEXT NOT NULL CHECK (what IN ('verdict', 'evidence', 'unpublished')),
    published_status  TEXT NOT NULL,
    published_note    TEXT,
    new_status        TEXT,
    new_note          TEXT,
    evidence_id       INTEGER REFERENCES evidence(id),
    reason            TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    editor            TEXT NOT NULL,
    at                TEXT NOT NULL
) STRICT;

CREATE INDEX correction_by_claim ON correction (claim_id, id);

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
"""
}
