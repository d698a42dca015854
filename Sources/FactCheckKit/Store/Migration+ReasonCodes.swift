extension Migrations {
    /// Check-worthiness reasons as a set of codes instead of English sentences joined by "; " (where "states a matter
    /// of record" could stand twice). Each reason is one bit (`CheckWorthinessReason.bit`); a reason given twice
    /// ("states a matter of record; states a matter of record") becomes its dense form (bit 9). The words are made
    /// by the CLI and the reports. The column keeps its name and moves to the end of the table.
    static let reasonCodes = """
ALTER TABLE claim ADD COLUMN reason_set INTEGER NOT NULL DEFAULT 0 CHECK (reason_set >= 0 AND reason_set < 65536);

UPDATE claim SET reason_set =
    0
    | (CASE WHEN instr(reasons, 'has a statistic') > 0 THEN 1 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'involves money') > 0 THEN 2 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'names a source') > 0 THEN 4 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'ranks or compares') > 0 THEN 8 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'is dated') > 0 THEN 16 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'quotes someone') > 0 THEN 32 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'reports an event') > 0 THEN 64 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'names a person, place or body') > 0 THEN 128 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'is an opinion') > 0 THEN 1024 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'is a question') > 0 THEN 2048 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'is personal experience') > 0 THEN 4096 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'is a prediction') > 0 THEN 8192 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'is rhetoric or a greeting') > 0 THEN 16384 ELSE 0 END)
    | (CASE WHEN instr(reasons, 'is too short to check') > 0 THEN 32768 ELSE 0 END)
    | (CASE (length(reasons) - length(replace(reasons, 'states a matter of record', ''))) / 25 WHEN 0 THEN 0 WHEN 1 THEN 256 ELSE 512 END);

ALTER TABLE claim DROP COLUMN reasons;
ALTER TABLE claim RENAME COLUMN reason_set TO reasons;
"""
}
