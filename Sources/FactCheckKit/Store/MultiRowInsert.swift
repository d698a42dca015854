/// One INSERT for many rows of a table, `INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...`, prepared once per row
/// count and kept for the connection's life.
///
/// Ingest stores an article's claims, times and quantities with one statement per table (per `maxRows` rows)
/// instead of one per row: every statement pays SQLite's setup (a cursor on the table and on each of its indexes,
/// the foreign-key lookup's cursor, halting) and a round of binding: row by row, about a fifth of what storing the
/// rows cost (BENCHMARKS.md, issue 14).
final class MultiRowInsert {
    private let head: String
    private let row: String
    /// Values per row: the `?` in the row.
    let columns: Int
    /// Rows per statement at most; more take several statements.
    let maxRows: Int
    /// By row count; made on first use.
    private var statements: [Statement?]

    /// `head` is the statement up to `VALUES`; `row` one row's values, such as `(?, ?, 'unverified')`.
    init(_ head: String, row: String, maxRows: Int) {
        self.head = head
        self.row = row
        self.columns = row.filter { $0 == "?" }.count
        self.maxRows = maxRows
        self.statements = Array(repeating: nil, count: maxRows + 1)
    }

    /// Inserts the rows whose values, row after row, are `values` (a whole number of rows).
    func run(_ values: [SQLValue], in db: SQLiteConnection) throws(StoreError) {
        precondition(values.count % columns == 0, "a multi-row insert was given part of a row")
        var start = 0
        while start < values.count {
            let rows = min(maxRows, (values.count - start) / columns)
            let end = start + rows * columns
            try statement(rows: rows, in: db).bind(values[start..<end]).run()
            start = end
        }
    }

    /// Kept here rather than fetched from the connection's cache by its text, which would hash up to a few kilobytes
    /// of SQL at every use. An INSERT without RETURNING never stays busy after `run`, so reusing it is safe.
    private func statement(rows: Int, in db: SQLiteConnection) throws(StoreError) -> Statement {
        if let made = statements[rows] { return made }
        let made = try db.statement(head + " VALUES " + Array(repeating: row, count: rows).joined(separator: ", "))
        statements[rows] = made
        return made
    }
}
