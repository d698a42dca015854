import CSQLite

/// `factcheck_index_total(index, which)`: FTS5's own count of an index's rows (`which` 0) or of the tokens in all its
/// columns (1), as `bm25()` reads them to normalise each row's length. Matching ranks reviews from the matching index
/// as `bm25()` would, so it needs the same two numbers: FTS5 hands them only to functions like this one.
enum IndexTotalsFunction {
    static let name = "factcheck_index_total"

    /// Registers the function on `connection` (once per connection).
    static func register(on connection: SQLiteConnection) throws(StoreError) {
        try connection.registerFTS5Function(name, total)
    }

    private static let total: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let fts, let values, count == 1 else {
            sqlite3_result_error(context, "factcheck_index_total needs 0 (rows) or 1 (tokens)", -1)
            return
        }
        var value: sqlite3_int64 = 0
        let rc = sqlite3_value_int(values[0]) == 0
            ? api.pointee.xRowCount(fts, &value)
            : api.pointee.xColumnTotalSize(fts, -1, &value)
        guard rc == SQLITE_OK else { return sqlite3_result_error_code(context, rc) }
        sqlite3_result_int64(context, value)
    }
}
