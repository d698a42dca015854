import CSQLite
import Foundation

/// `factcheck_bm25(index, phrase weights...)`: an FTS5 ranking for matching, BM25 with the phrases' IDF given by
/// the caller (from the vocabulary matching has already read) and no length normalisation.
/// FTS5's own `bm25()` counts each phrase's documents by walking its whole posting list on every query and reads
/// every matched document's size from `%_docsize`, a table lookup per match: most of what matching cost. Lower is
/// better, as with `bm25()`.
enum RankFunction {
    static let name = "factcheck_bm25"
    static let k1 = 1.2

    /// Registers the function on `connection` (once per connection).
    static func register(on connection: SQLiteConnection) throws(StoreError) {
        try connection.registerFTS5Function(name, rank)
    }

    /// Per matched row: Σ over phrases of weight × tf·(k1 + 1) / (tf + k1), tf the phrase's occurrences in the row.
    private static let rank: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let fts, let values else { return }
        let phrases = Int(api.pointee.xPhraseCount(fts))
        guard Int(count) >= phrases else {
            sqlite3_result_error(context, "factcheck_bm25 needs a weight for each phrase", -1)
            return
        }
        var score = 0.0
        for phrase in 0..<phrases {
            let weight = sqlite3_value_double(values[phrase])
            guard weight != 0 else { continue }
            var iterator = Fts5PhraseIter()
            var column: Int32 = 0, offset: Int32 = 0
            var tf = 0.0
            _ = api.pointee.xPhraseFirst(fts, Int32(phrase), &iterator, &column, &offset)
            while column >= 0 {
                tf += 1
                api.pointee.xPhraseNext(fts, &iterator, &column, &offset)
            }
            if tf > 0 { score += weight * tf * (k1 + 1) / (tf + k1) }
        }
        sqlite3_result_double(context, -score)
    }

    /// FTS5's IDF of a phrase held by `documents` of `total` rows: never below a millionth.
    static func idf(documents: Int, total: Int) -> Double {
        let value = log((Double(total - documents) + 0.5) / (Double(documents) + 0.5))
        return value > 0 ? value : 1e-6
    }
}

extension SQLiteConnection {
    /// Makes `function` an FTS5 auxiliary function of this connection, called as `name(index, arguments...)`.
    func registerFTS5Function(_ name: String, _ function: @escaping fts5_extension_function) throws(StoreError) {
        let api = try IndexTokenizer.api(self)
        guard let create = api.pointee.xCreateFunction else { throw StoreError.constraint("FTS5 cannot take an auxiliary function") }
        let rc = name.withCString { create(api, $0, nil, function, nil) }
        guard rc == SQLITE_OK else { throw error(rc, sql: "fts5 xCreateFunction \(name)") }
    }
}
