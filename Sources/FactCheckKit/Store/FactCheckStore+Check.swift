/// What `check` found: SQLite's integrity check, broken references between rows, and what the database holds.
public struct HealthReport: Equatable, Sendable {
    /// Each problem in plain words; empty when the database is healthy.
    public var problems: [String]
    public var contents: DatabaseContents
    public var schemaVersion: Int

    public var isHealthy: Bool { problems.isEmpty }
}

extension FactCheckStore {
    /// Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check` and counts the rows, in one read snapshot.
    /// Reads only: a damaged database is reported, never repaired.
    public func check() throws(StoreError) -> HealthReport {
        try read {
            var problems: [String] = []
            let integrity = try db.statement("PRAGMA integrity_check")
            defer { integrity.reset() }
            while try integrity.step() {
                let line = integrity.text(0)
                if line != "ok" { problems.append("damaged storage: \(line)") }
            }
            let references = try db.statement("PRAGMA foreign_key_check")
            defer { references.reset() }
            while try references.step() {
                let table = references.text(0)
                let row = references.isNull(1) ? "a row" : "\(table) \(references.int64(1))"
                problems.append("\(row) refers to a missing \(references.text(2)) (a broken reference in table \(table))")
            }
            let orphans = try db.statement("""
                SELECT count(*) FROM claim c
                WHERE NOT EXISTS (SELECT 1 FROM claim_event e WHERE e.claim_id = c.id AND e.action = 'extracted')
                """)
            defer { orphans.reset() }
            _ = try orphans.step()
            if orphans.int(0) > 0 {
                problems.append("\(orphans.int(0)) claims have no 'extracted' entry at the start of their history")
            }
            return HealthReport(problems: problems, contents: try Self.contents(of: db), schemaVersion: try userVersion())
        }
    }
}
