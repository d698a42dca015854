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
