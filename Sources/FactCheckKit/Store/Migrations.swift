/// Append-only schema migrations. Each entry takes a database from version `index` to `index + 1`.
/// Never edit a shipped migration: add a new one, and update `schema.sql` to the result
/// (`SchemaTests` proves a fresh migrated database matches `schema.sql` exactly).
enum Migrations {
    static let all: [String] = [version1, version2, version3, publication, quantityOffsets, timeReferences, claimTracking, editors, reasonCodes, checkComparisons, claimSubject, claimKindBits, recordReason, matchingIndex, owedPostings]

    static var latestVersion: Int { all.count }

    static let version1 = """
CREATE TABLE article (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    publication   TEXT,
    author        TEXT,
    url           TEXT CHECK (url IS NULL OR url LIKE 'http://%' OR url LIKE 'https://%'),
    published     TEXT,
    body          TEXT NOT NULL,
    body_sha256   TEXT NOT NULL UNIQUE CHECK (length(body_sha256) = 64),
    source_path   TEXT,
    ingested_at   TEXT NOT NULL,
    ingested_by   TEXT NOT NULL
) STRICT;

CREATE TABLE claim (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES article(id),
    position       INTEGER NOT NULL CHECK (position >= 0),
    start_offset   INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset     INTEGER NOT NULL CHECK (end_offset >= start_offset),
    text           TEXT NOT NULL,
    score          REAL NOT NULL CHECK (score >= 0 AND score <= 1),
    reasons        TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'unverified'
                   CHECK (status IN ('unverified', 'in-review', 'verified', 'disputed', 'false', 'misleading', 'unverifiable')),
    speaker        TEXT,
    attribution    TEXT,
    time_reference TEXT,
    verdict_note   TEXT,
    assignee       TEXT,
    updated_at     TEXT NOT NULL,
    UNIQUE (article_id, position)
) STRICT;

-- The worklist: by status, most check-worthy first; and the same without a status filter.
CREATE INDEX claim_by_status_score ON claim (status, score DESC, id);
CREATE INDEX claim_by_score ON claim (score DESC, id);

CREATE TABLE claim_kind (
    claim_id  INTEGER NOT NULL REFERENCES claim(id),
    kind      TEXT NOT NULL
              CHECK (kind IN ('quantity', 'percentage', 'money', 'count', 'date', 'ranking', 'comparison', 'attribution', 'quote')),
    PRIMARY KEY (claim_id, kind)
) STRICT, WITHOUT ROWID;

CREATE INDEX claim_kind_by_kind ON claim_kind (kind, claim_id);

CREATE TABLE quantity (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claim(id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    text       TEXT NOT NULL,
    value      REAL NOT NULL,
    unit       TEXT,
    kind       TEXT NOT NULL CHECK (kind IN ('number', 'percentage', 'money', 'count')),
    qualifier  TEXT,
    UNIQUE (claim_id, position)
) STRICT;

CREATE TABLE evidence (
    id                INTEGER PRIMARY KEY,
    claim_id          INTEGER NOT NULL REFERENCES claim(id),
    url               TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
    title             TEXT,
    publisher         TEXT,
    quote             TEXT,
    stance            TEXT NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
    note              TEXT,
    editor            TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    withdrawn_at      TEXT,
    withdrawn_by      TEXT,
    withdrawn_reason  TEXT
) STRICT;

CREATE INDEX evidence_by_claim ON evidence (claim_id, id);

-- Append-only history of every change to a claim.
CREATE TABLE claim_event (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claim(id),
    action     TEXT NOT NULL
               CHECK (action IN ('extracted', 'status', 'evidence-added', 'evidence-withdrawn', 'assigned', 'text-edited')),
    editor     TEXT NOT NULL,
    at         TEXT NOT NULL,
    from_value TEXT,
    to_value   TEXT,
    note       TEXT
) STRICT;

CREATE INDEX claim_event_by_claim ON claim_event (claim_id, id);

-- Nothing an editor entered is ever lost: history and evidence rows cannot be rewritten or removed.
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

-- Settings such as the fact-checking organisation's name, used by reports.
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Full-text search over claim text, kept in step with the claim table by triggers.
CREATE VIRTUAL TABLE claim_fts USING fts5 (text, content = 'claim', content_rowid = 'id');

CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim
BEGIN
    INSERT INTO claim_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim
BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claim_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim
BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""

    /// Version 2: a verdict forced past the evidence rules is marked in the history; evidence rows can be withdrawn
    /// once but never rewritten; the per-editor worklist (`claims --assignee`) has an index.
    static let version2 = """
ALTER TABLE claim_event ADD COLUMN forced INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1));

CREATE INDEX claim_by_assignee ON claim (assignee, score DESC, id) WHERE assignee IS NOT NULL;

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
"""

    /// Version 3: new claims are indexed for full-text search by the ingest itself, one statement per article,
    /// instead of by a trigger per claim. Through the trigger, every claim insert made FTS5 flush a segment
    /// (the statement's savepoint), which cost more than all the other writes of an ingest together.
    static let version3 = """
DROP TRIGGER claim_fts_insert;
"""
}
