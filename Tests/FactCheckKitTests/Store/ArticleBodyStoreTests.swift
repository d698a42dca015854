import CSQLite
import Foundation
import Testing
@testable import FactCheckKit

/// An article body is bound to SQLite as the string's own bytes and never left bound (a 50 MB body was held twice
/// over: SQLite's copy of the binding stayed in the cached INSERT until the next article), and a long one is
/// written through a small page cache.
@Suite("storing an article body")
struct ArticleBodyStoreTests {
    @Test("storing an article leaves no statement holding its body")
    func noStatementKeepsTheBody() throws {
        let fixture = try HeraldStoreFixture()
        // Not a claim, so only the article's own row ever holds it.
        let marker = "Harbourmaster Okonkwo likes the sea air."
        try fixture.ingest(HeraldStoreFixture.body + "\n\n" + marker)
        var statement = sqlite3_next_stmt(fixture.store.db.handle, nil)
        var statements = 0
        while let current = statement {
            // The statement's SQL with its bound values written in.
            let expanded = sqlite3_expanded_sql(current)
            let text = expanded.map { String(cString: $0) } ?? ""
            sqlite3_free(expanded)
            #expect(!text.contains("Harbourmaster Okonkwo"), "still bound: \(String(cString: sqlite3_sql(current)))")
            statements += 1
            statement = sqlite3_next_stmt(fixture.store.db.handle, current)
        }
        #expect(statements > 0)
        // The body is stored all the same, byte for byte.
        let stored = try fixture.store.db.statement("SELECT body FROM article")
        #expect(try stored.step())
        #expect(stored.text(0) == HeraldStoreFixture.body + "\n\n" + marker)
        stored.reset()
    }

    @Test("a long body is written through a small page cache, and the batch's own cache comes back")
    func longBodySpillsAsItIsWritten() throws {
        let fixture = try HeraldStoreFixture()
        let sentence = "The ferry ran late again. "
        let body = String(repeating: sentence, count: FactCheckStore.largeBodyBytes * 3 / 2 / sentence.utf8.count)
        let draft = ArticleDraft(metadata: ArticleMetadata(title: "Ferries"), body: body, sourcePath: nil, claims: [])
        var spilled: Int32 = 0, highwater: Int32 = 0
        let (outcome, cacheSize) = try fixture.store.batch {
            let outcome = try fixture.store.ingest(draft, editor: "alice")
            sqlite3_db_status(fixture.store.db.handle, SQLITE_DBSTATUS_CACHE_SPILL, &spilled, &highwater, 0)
            return (outcome, try fixture.store.db.integer("PRAGMA cache_size"))
        }
        #expect(outcome == .ingested(ArticleID(1), claims: 0))
        #expect(cacheSize == -65536)
        // Through the batch's 64 MiB cache, the body's 1,500 pages would all have waited for the commit.
        #expect(spilled > 500)
        let stored = try fixture.store.db.statement("SELECT length(body) FROM article")
        #expect(try stored.step())
        #expect(stored.int(0) == body.utf8.count)
        stored.reset()
    }

    @Test("a borrowed binding hands SQLite the string's own bytes, and an empty one binds '' not NULL")
    func borrowedBindingIsNotCopied() throws {
        let db = try SQLiteConnection(path: ":memory:", readOnly: false)
        // address_of(x): where SQLite reads the bytes of x from (as a blob: asking for text would have SQLite copy
        // it to add a terminating NUL, as it does for any text bound with its length).
        let registered = sqlite3_create_function_v2(db.handle, "address_of", 1, SQLITE_UTF8, nil, { context, _, values in
            sqlite3_result_int64(context, Int64(Int(bitPattern: sqlite3_value_blob(values![0]!))))
        }, nil, nil, nil)
        #expect(registered == SQLITE_OK)
        try db.execute("CREATE TABLE seen (address INTEGER, text TEXT)")
        var text = String(repeating: "A council spent $4 million on roads. ", count: 2_000)
        let own = text.withUTF8 { Int64(Int(bitPattern: $0.baseAddress)) }
        try db.statement("INSERT INTO seen VALUES (address_of(?1), ?1)").run(borrowing: text, at: 1)
        try db.statement("INSERT INTO seen VALUES (NULL, ?1)").run(borrowing: "", at: 1)
        let rows = try db.statement("SELECT address, text, typeof(text) FROM seen ORDER BY rowid")
        #expect(try rows.step())
        #expect(rows.int64(0) == own)
        #expect(rows.text(1) == text)
        #expect(try rows.step())
        #expect(rows.text(2) == "text")
        #expect(rows.text(1) == "")
        rows.reset()
    }
}
