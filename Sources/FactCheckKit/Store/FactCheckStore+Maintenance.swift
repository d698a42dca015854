extension FactCheckStore {
    /// Every schema object (table, index, trigger) by name, with the SQL SQLite stored for it.
    func schemaObjects() throws(StoreError) -> [String: String] {
        try Self.schemaObjects(of: db)
    }

    /// Runs statements with no bound values. Internal: tests use it to forge old, foreign or damaged databases.
    func executeScript(_ sql: String) throws(StoreError) {
        try db.execute(sql)
    }

    /// The schema objects a script creates in a fresh in-memory database: for tests against `schema.sql`.
    static func schemaObjects(ofScript sql: String) throws(StoreError) -> [String: String] {
        let connection = try SQLiteConnection(path: ":memory:", readOnly: false)
        try connection.execute(sql)
        return try schemaObjects(of: connection)
    }

    private static func schemaObjects(of connection: SQLiteConnection) throws(StoreError) -> [String: String] {
        let statement = try connection.statement("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL")
        defer { statement.reset() }
        var objects: [String: String] = [:]
        while try statement.step() { objects[statement.text(0)] = statement.text(1) }
        return objects
    }
}

extension FactCheckStore {
    /// Every row of every table, as text, in a stable order: tests compare it before and after a failed command
    /// to prove nothing changed.
    func dumpRows() throws(StoreError) -> String {
        let tables = try db.statement(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'claim_fts%' ORDER BY name"
        )
        defer { tables.reset() }
        var names: [String] = []
        while try tables.step() { names.append(tables.text(0)) }
        var out = ""
        for name in names {
            // Table names come from sqlite_schema, not from input; quoting guards odd names all the same.
            let rows = try db.statement("SELECT * FROM \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\" ORDER BY 1")
            defer { rows.reset() }
            out += "[\(name)]\n"
            while try rows.step() {
                out += (0..<rows.columnCount).map { rows.isNull($0) ? "NULL" : rows.text($0) }.joined(separator: "|") + "\n"
            }
        }
        return out
    }
}
