-- factcheck database schema, version 15.
-- The one source of truth: the store's migrations produce exactly this (a test compares them, ignoring whitespace).
-- Closed sets (status, kind, stance, action) are CHECK constraints that match the Swift enums, written as
-- `x = 'a' OR x = 'b'`: SQLite 3.40 builds a temporary index for an IN list at every insert.
-- Times are ISO 8601 UTC text; offsets into article bodies are UTF-8 byte offsets.

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

-- claim.reasons: the check-worthiness reasons, one bit each (CheckWorthinessReason.bit); the CLI and reports show
-- them in words (bit 16, "claims a record", since version 13). claim.subject: who the claim is about when its sentence opens with "He", "She" or "The company",
-- as the article named them earlier (NULL otherwise, and for claims stored before schema version 11). claim.kinds:
-- what makes the sentence checkable, one bit each (ClaimKind.bit: quantity 1, percentage 2, money 4, count 8, date 16,
-- ranking 32, comparison 64, attribution 128, quote 256); `claims --kind` tests the bits (until version 12, a
-- claim_kind table held a row per kind).
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
    reasons        INTEGER NOT NULL DEFAULT 0 CHECK (reasons >= 0 AND reasons < 131072),
    subject        TEXT,
    kinds          INTEGER NOT NULL DEFAULT 0 CHECK (kinds >= 0 AND kinds < 512),
    UNIQUE (article_id, position)
) STRICT;

-- The worklist: by status, most check-worthy first; and the same without a status filter. Each ends with the
-- kinds, so `claims --kind` pages and counts read the index alone.
CREATE INDEX claim_by_status_score ON claim (status, score DESC, id, kinds);
CREATE INDEX claim_by_score ON claim (score DESC, id, kinds);
-- Each editor's own worklist (claims --assignee NAME).
CREATE INDEX claim_by_assignee ON claim (assignee, score DESC, id) WHERE assignee IS NOT NULL;

-- A quantity's start_offset/end_offset are UTF-8 byte offsets in the article body; NULL for quantities stored
-- before offsets were kept.
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

-- The times a claim is about, in the sentence's order; claim.time_reference repeats the first.
CREATE TABLE claim_time (
    claim_id  INTEGER NOT NULL REFERENCES claim(id),
    position  INTEGER NOT NULL CHECK (position >= 0),
    text      TEXT NOT NULL,
    PRIMARY KEY (claim_id, position)
) STRICT, WITHOUT ROWID;

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

CREATE INDEX evidence_by_claim ON evidence (claim_id, id);

-- Append-only history of every change to a claim. `forced` is 1 when an editor gave a verdict without the
-- evidence the rules ask for (mark --force --note). Review, publication and corrections are history actions too.
-- carried_from_claim / carried_from_review name the claim or imported review a verdict was carried from
-- (mark --same-as), whose evidence stands for it.
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

-- Settings such as the fact-checking organisation's name, used by reports.
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Full-text search over claim text: porter stemmer ("homicides" finds "homicide"), diacritics removed. Contentless,
-- with a rowid that is the search key (inverted score) << 32 | claim id, so a word's matches come out most
-- check-worthy first and a page of them reads only that page. New claims are indexed by the ingest, one statement per
-- article, or per batch of a bulk ingest (a trigger per claim made FTS5 flush a segment per row); edits and
-- deletions are kept in step by triggers.
CREATE VIRTUAL TABLE claim_fts USING fts5 (text, content = '', tokenize = 'porter unicode61 remove_diacritics 2');

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

-- The matching index: for each term of claims' text as claim_fts reads it (porter, diacritics removed), the claims
-- holding it (their search keys) and how often; for each term of reviews' claim and headline as review_fts reads them,
-- the reviews holding it, how often in each column, and each review's length in terms. Stored as segments of varints
-- (PostingList), with how many rows each holds. Claim matching reads a term's rows in one or a few segments and ranks
-- them itself, exactly as its queries of claim_fts and review_fts would, instead of stepping FTS5 through each row.
-- Reviews are indexed in the import that stores them; claims stored are owed to it (posting_owed) until the next match
-- indexes them, all in one write. Each write adds one segment to each term it holds, a term's segments are merged in
-- tiers of four, and an edit of a claim's text (or an updated review) rewrites the terms it touches.
CREATE TABLE claim_posting (
    term       TEXT NOT NULL,
    segment    INTEGER NOT NULL CHECK (segment >= 1),
    documents  INTEGER NOT NULL CHECK (documents >= 1),
    postings   BLOB NOT NULL CHECK (length(postings) > 0),
    PRIMARY KEY (term, segment)
) STRICT, WITHOUT ROWID;

-- A verdict on its way to readers: its review by a second editor (null while the claim has no verdict),
-- who gave it, and when it was published or withdrawn from publication (unpublished). One row per claim that
-- has had a verdict; it is never deleted, and a published verdict keeps its publication date.
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

CREATE INDEX verdict_state_by_review ON verdict_state (review, claim_id);

-- The public corrections log: what was published, what it became (nothing when unpublished), why and when.
-- Append-only, like the history.
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

-- Published fact-checks (schema.org ClaimReview) imported to match claims against; one per URL. `json` keeps the
-- item as it was read, so nothing the publisher wrote is lost.
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

-- Reviews are indexed by the import, one statement per file; updates and deletions by triggers.
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

-- The matching index of reviews: see claim_posting.
CREATE TABLE review_posting (
    term       TEXT NOT NULL,
    segment    INTEGER NOT NULL CHECK (segment >= 1),
    documents  INTEGER NOT NULL CHECK (documents >= 1),
    postings   BLOB NOT NULL CHECK (length(postings) > 0),
    PRIMARY KEY (term, segment)
) STRICT, WITHOUT ROWID;

-- Claims and reviews whose text changed (or a claim's score, its search key) since the matching index last read
-- them, with what it holds of them: the store takes each out of its old terms and indexes it again inside the write
-- that changed it; while any is queued, matching reads the full-text indexes instead.
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

-- Claims stored but not yet in the matching index: storing a claim feeds the full-text index only and records here
-- the first claim id the matching index is owed; whoever matches next indexes every owed claim in one write. While a
-- row is here, matching reads the full-text index instead. One row at most.
CREATE TABLE posting_owed (
    index_name  TEXT PRIMARY KEY CHECK (index_name = 'claim'),
    from_id     INTEGER NOT NULL CHECK (from_id >= 0)
) STRICT, WITHOUT ROWID;

-- Each claim's matches to earlier claims or imported reviews, computed at ingest (and by match --refresh):
-- the relation, a score from 0 to 1, why, and for `changed` the figures as JSON [{"from", "to"}].
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

CREATE INDEX claim_match_by_claim ON claim_match (claim_id, score DESC);
CREATE INDEX claim_match_by_relation ON claim_match (relation, claim_id);
CREATE INDEX claim_match_by_matched ON claim_match (matched_claim_id) WHERE matched_claim_id IS NOT NULL;

-- Editors who sign in to `factcheck serve`: a name, a role and the SHA-256 of their token (the token itself is
-- shown once and never stored). A revoked editor's row stays, so history names still resolve to someone.
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

-- One active editor per name; revoked ones stay for the record.
CREATE UNIQUE INDEX editor_active_name ON editor (name) WHERE revoked_at IS NULL;

CREATE TRIGGER editor_no_delete BEFORE DELETE ON editor
BEGIN
    SELECT RAISE(ABORT, 'editors are revoked, never deleted');
END;
