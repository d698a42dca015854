extension Migrations {
    /// A seventeenth check-worthiness reason, "claims a record" (`CheckWorthinessReason.claimsRecord`, bit 1 << 16):
    /// `claim.reasons` may now be below 131072. A CHECK cannot be altered, so the claim table is rebuilt as
    /// `checkComparisons` rebuilt it: renamed aside with `legacy_alter_table` (the foreign keys of other tables keep
    /// naming `claim`), created anew with every row and id, the old one dropped, its indexes and full-text triggers
    /// made again. Stored claims keep their reasons and scores: only claims extracted from now on can claim a record.
    static let recordReason = """
PRAGMA legacy_alter_table = ON;

DROP TRIGGER claim_fts_update;
DROP TRIGGER claim_fts_delete;

ALTER TABLE claim RENAME TO claim_before_record;

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

INSERT INTO claim (id, article_id, position, start_offset, end_offset, text, score, status, speaker, attribution,
                   time_reference, verdict_note, assignee, updated_at, reasons, subject, kinds)
SELECT id, article_id, position, start_offset, end_offset, text, score, status, speaker, attribution,
       time_reference, verdict_note, assignee, updated_at, reasons, subject, kinds
FROM claim_before_record;

DROP TABLE claim_before_record;

CREATE INDEX claim_by_status_score ON claim (status, score DESC, id, kinds);
CREATE INDEX claim_by_score ON claim (score DESC, id, kinds);
CREATE INDEX claim_by_assignee ON claim (assignee, score DESC, id) WHERE assignee IS NOT NULL;

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

PRAGMA legacy_alter_table = OFF;
"""
}
