extension Migrations {
    /// A claim can be about several times ("from 2007 to 2008", "in 1983 ... by 2030"): each is a row, in the
    /// order the sentence gives them. `claim.time_reference` stays, holding the first, for older readers;
    /// existing claims get their one time reference as their list.
    static let timeReferences = """
CREATE TABLE claim_time (
    claim_id  INTEGER NOT NULL REFERENCES claim(id),
    position  INTEGER NOT NULL CHECK (position >= 0),
    text      TEXT NOT NULL,
    PRIMARY KEY (claim_id, position)
) STRICT, WITHOUT ROWID;

INSERT INTO claim_time (claim_id, position, text) SELECT id, 0, time_reference FROM claim WHERE time_reference IS NOT NULL;
"""
}
