import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite("statements and transactions")
struct StatementTests {
    @Test("a cached statement still stepping through rows is refused, not silently reset under its loop")
    func busyStatementIsRefused() throws {
        let fixture = try HeraldStoreFixture()
        try fixture.ingest()
        let sql = "SELECT id FROM claim ORDER BY id"
        let outer = try fixture.store.db.statement(sql)
        #expect(try outer.step())
        #expect(throws: StoreError.statementInUse(sql: sql)) { _ = try fixture.store.db.statement(sql) }
        // Once the loop is over (or reset), the statement is handed out again.
        outer.reset()
        #expect(try fixture.store.db.statement(sql).step())
    }

    @Test("a SQLite failure names the statement but never its bound values")
    func errorsNameSQLNotValues() throws {
        let fixture = try HeraldStoreFixture()
        let sql = "SELECT abs(?)"
        let statement = try fixture.store.db.statement(sql).bind(.integer(Int64.min))  // abs(INT64_MIN) overflows
        do {
            _ = try statement.step()
            Issue.record("abs(INT64_MIN) should fail")
        } catch {
            guard case .sqlite(_, _, let reported) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(reported == sql)
            #expect(!(error.errorDescription ?? "").contains("9223372036854775808"))
        }
    }

    @Test("a batch puts the page cache and temp store back as they were, not to a guessed default")
    func batchRestoresSettings() throws {
        let fixture = try HeraldStoreFixture()
        try fixture.store.db.execute("PRAGMA cache_size = -3000; PRAGMA temp_store = FILE")
        try fixture.store.batch { try fixture.ingest() }
        #expect(try fixture.store.db.integer("PRAGMA cache_size") == -3000)
        #expect(try fixture.store.db.integer("PRAGMA temp_store") == 1)
    }

    @Test("a failure to commit is the store's own, and the body's own failures pass through with their type")
    func failuresKeepTheirType() throws {
        let fixture = try HeraldStoreFixture()
        #expect(throws: EditError.forceNeedsNote) { try fixture.store.change { throw EditError.forceNeedsNote } }
        #expect(throws: StoreError.claimNotFound(ClaimID(5))) {
            try fixture.store.write { () throws(StoreError) in _ = try fixture.store.claim(ClaimID(5)) }
        }
    }
}
