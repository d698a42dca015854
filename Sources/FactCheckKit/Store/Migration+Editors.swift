extension Migrations {
    /// Editors who sign in to `factcheck serve`: a name, a role and the SHA-256 of their token (the token itself is
    /// shown once and never stored). A revoked editor's row stays, so history names still resolve to someone.
    static let editors = """
CREATE TABLE editor (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('checker', 'editor', 'admin')),
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
"""
}
