import CSQLite
import Foundation

/// The full-text indexes' own tokenizer (porter over unicode61, diacritics removed), called through SQLite's
/// `fts5_api` rather than reimplemented: the terms it returns are exactly what the indexes store and what a MATCH
/// query looks up, so a word's entry in the index vocabulary (`fts5vocab`) is found without running a query.
final class IndexTokenizer {
    /// The `tokenize` argument of `claim_fts` and `review_fts` (schema.sql); a test holds the two together.
    static let declaration = "porter unicode61 remove_diacritics 2"

    /// Kept so the tokenizer is deleted before the connection that made it closes.
    private let connection: SQLiteConnection
    private let module: fts5_tokenizer
    private let instance: OpaquePointer

    init(connection: SQLiteConnection) throws(StoreError) {
        self.connection = connection
        let api = try Self.api(connection)
        var context: UnsafeMutableRawPointer?
        var module = fts5_tokenizer()
        let words = Self.declaration.split(separator: " ").map(String.init)
        guard let find = api.pointee.xFindTokenizer,
              find(api, words[0], &context, &module) == SQLITE_OK, let create = module.xCreate
        else { throw .unexpected("SQLite's FTS5 has no '\(words[0])' tokenizer; install an SQLite built with FTS5") }
        // The porter tokenizer's arguments are the tokenizer it wraps and that one's arguments.
        let arguments = words.dropFirst().map { strdup($0) }
        defer { arguments.forEach { free($0) } }
        var pointers = arguments.map { UnsafePointer<CChar>($0) }
        var made: OpaquePointer?
        let rc = pointers.withUnsafeMutableBufferPointer { buffer in
            create(context, buffer.baseAddress, Int32(buffer.count), &made)
        }
        guard rc == SQLITE_OK, let made else { throw connection.error(rc) }
        self.module = module
        self.instance = made
    }

    deinit { module.xDelete?(instance) }

    /// The index terms of `text`, in order, as a MATCH query reads them (a word the tokenizer splits gives several),
    /// or with `document`, as the index stores a row's text (the same terms for this tokenizer).
    func terms(_ text: String, document: Bool = false) -> [String] {
        var terms: [String] = []
        forEachTerm(text, document: document) { terms.append(String(decoding: $0, as: UTF8.self)) }
        return terms
    }

    /// Calls `body` with the bytes of each index term of `text` in order, read as `terms` reads them, without a string
    /// made per term (the matching index's writer numbers them by their bytes).
    func forEachTerm(_ text: String, document: Bool = true, _ body: (UnsafeRawBufferPointer) -> Void) {
        guard !text.isEmpty else { return }
        var text = text
        let flags = document ? FTS5_TOKENIZE_DOCUMENT : FTS5_TOKENIZE_QUERY
        withoutActuallyEscaping(body) { body in
            var context = body
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { start in
                    withUnsafeMutablePointer(to: &context) { pointer in
                        _ = module.xTokenize?(instance, pointer, flags, start.baseAddress, Int32(start.count)) {
                            context, flags, token, count, _, _ in
                            guard let context, let token, flags & FTS5_TOKEN_COLOCATED == 0 else { return SQLITE_OK }
                            let body = context.assumingMemoryBound(to: ((UnsafeRawBufferPointer) -> Void).self).pointee
                            body(UnsafeRawBufferPointer(start: token, count: Int(count)))
                            return SQLITE_OK
                        }
                    }
                }
            }
        }
    }

    /// The connection's `fts5_api`, which SQLite hands out only as a pointer bound to `SELECT fts5(?)`.
    static func api(_ connection: SQLiteConnection) throws(StoreError) -> UnsafeMutablePointer<fts5_api> {
        var statement: OpaquePointer?
        let sql = "SELECT fts5(?1)"
        var rc = sqlite3_prepare_v2(connection.handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw connection.error(rc, sql: sql) }
        defer { sqlite3_finalize(statement) }
        var api: UnsafeMutablePointer<fts5_api>?
        // The pointer type's name must stay valid until the step that reads it.
        rc = withUnsafeMutablePointer(to: &api) { slot in
            "fts5_api_ptr".withCString { type in
                sqlite3_bind_pointer(statement, 1, slot, type, nil)
                return sqlite3_step(statement)
            }
        }
        guard rc == SQLITE_ROW, let api else { throw connection.error(rc, sql: sql) }
        return api
    }
}
