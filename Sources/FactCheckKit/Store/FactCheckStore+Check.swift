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
            // Each stage on its own: damage that stops one query is itself a finding, and the rest still run.
            func stage(_ name: String, _ body: () throws -> Void) {
                do {
                    try body()
                } catch {
                    let reason = (error as? StoreError)?.errorDescription ?? "\(error)"
                    problems.append("damaged storage: \(name) could not be read (\(reason))")
                }
            }
            stage("the integrity check") {
                let integrity = try db.statement("PRAGMA integrity_check")
                defer { integrity.reset() }
                while try integrity.step() {
                    for line in integrity.text(0).split(separator: "\n") where line != "ok" && !line.hasPrefix("*** in database") {
                        problems.append("damaged storage: \(line)")
                    }
                }
            }
            stage("the foreign-key check") {
                let references = try db.statement("PRAGMA foreign_key_check")
                defer { references.reset() }
                while try references.step() {
                    let table = references.text(0)
                    let row = references.isNull(1) ? "a row" : "\(table) \(references.int64(1))"
                    problems.append("\(row) refers to a missing \(references.text(2)) (a broken reference in table \(table))")
                }
            }
            stage("the claims' history") {
                let orphans = try db.statement("""
                    SELECT count(*) FROM claim c
                    WHERE NOT EXISTS (SELECT 1 FROM claim_event e WHERE e.claim_id = c.id AND e.action = 'extracted')
                    """)
                defer { orphans.reset() }
                _ = try orphans.step()
                if orphans.int(0) > 0 {
                    problems.append("\(orphans.int(0)) claims have no 'extracted' entry at the start of their history")
                }
            }
            stage("the quantity values") {
                // Written before the extractor refused them: JSON cannot hold an infinite number.
                let infinite = try db.statement("SELECT id, claim_id FROM quantity WHERE value IN (9e999, -9e999) ORDER BY id")
                defer { infinite.reset() }
                while try infinite.step() {
                    let claim = infinite.int64(1)
                    problems.append(
                        "quantity \(infinite.int64(0)) of claim \(claim) is infinite, which JSON cannot hold; "
                            + "read the claim's figures again with 'factcheck edit \(claim) --text TEXT'"
                    )
                }
            }
            var contents = DatabaseContents(articles: 0, claims: 0, evidence: 0, events: 0)
            stage("the row counts") { contents = try Self.contents(of: db) }
            return HealthReport(problems: problems, contents: contents, schemaVersion: try userVersion())
        }
    }
}

extension FactCheckStore {
    /// Every row of every table (search-index tables included) as text, in a stable order.
    /// For tests that prove a refused or failed action left the database exactly as it was.
    func dumpRows() throws(StoreError) -> [String] {
        try read {
            var tables: [String] = []
            let names = try db.statement("""
                SELECT name FROM sqlite_schema
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name
                """)
            defer { names.reset() }
            while try names.step() { tables.append(names.text(0)) }
            var rows: [String] = []
            for table in tables {
                // Table names come from sqlite_schema, never from input.
                let all = try db.statement("SELECT * FROM \"\(table)\"")
                defer { all.reset() }
                var tableRows: [String] = []
                while try all.step() {
                    tableRows.append(table + "|" + (0..<all.columnCount).map(all.typedText).joined(separator: "|"))
                }
                rows += tableRows.sorted()
            }
            return rows
        }
    }
}
