import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct FaultTests {
    /// A full disk, made real for SQLite by capping the file at its current size (`max_page_count`):
    /// SQLite then fails writes with SQLITE_FULL exactly as it does when the disk runs out.
    @Test func aFullDiskGivesAClearErrorAndChangesNothing() throws {
        let fixture = try StoreFixture()
        try fixture.store.db.execute("PRAGMA max_page_count = \(try pageCount(fixture.store))")
        let before = try fixture.rows()
        let body = String(repeating: "The council spent 12 million dollars on 40 bridges in 2023. ", count: 4000)
        let claims = (0..<200).map {
            ExtractedClaim(text: "Claim \($0) cost 12 million dollars.", position: $0, startOffset: 0, endOffset: 10, kinds: [.money], score: 0.5)
        }
        let draft = ArticleDraft(metadata: ArticleMetadata(title: "Big"), body: body, sourcePath: nil, claims: claims)
        #expect(throws: StoreError.diskFull(path: fixture.store.path)) { try fixture.store.ingest(draft, editor: "ann") }
        #expect(StoreError.diskFull(path: "x").errorDescription!.contains("Nothing was changed"))
        #expect(try fixture.rows() == before)
        #expect(try fixture.store.check().isHealthy)
        // And the editor can go on once space is freed.
        try fixture.store.db.execute("PRAGMA max_page_count = 1073741823")
        #expect(try fixture.store.ingest(draft, editor: "ann") == .ingested(ArticleID(2), claims: 200))
    }

    @Test func aBackupIsACompleteCheckedCopyAndNeverOverwrites() throws {
        let fixture = try StoreFixture()
        _ = try fixture.store.cite(ClaimID(1), evidence: NewEvidence(url: "https://example.org/s"), editor: "ann")
        let target = fixture.folder.file("copy.db")
        let summary = try fixture.store.backup(to: target)
        #expect(summary.contents == DatabaseContents(articles: 1, claims: 3, evidence: 1, events: 4))
        #expect(try FactCheckStore(path: target, mode: .existing).dumpRows() == fixture.rows())
        #expect(!FileManager.default.fileExists(atPath: target + "-wal"), "the copy is one self-contained file")
        #expect(throws: BackupError.targetExists(target)) { try fixture.store.backup(to: target) }
        #expect(throws: BackupError.sameAsDatabase(fixture.store.path)) { try fixture.store.backup(to: fixture.store.path) }
        let nowhere = fixture.folder.file("missing/copy.db")
        #expect(throws: BackupError.folderMissing(nowhere)) { try fixture.store.backup(to: nowhere) }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.hasSuffix(".backup") }
        #expect(leftovers.isEmpty)
    }

    @Test func checkReportsBrokenReferencesInPlainWords() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.check().isHealthy)
        try fixture.store.db.execute("""
            PRAGMA foreign_keys = OFF;
            INSERT INTO claim_time (claim_id, position, text) VALUES (77, 0, 'in 2021');
            PRAGMA foreign_keys = ON;
            """)
        let report = try fixture.store.check()
        #expect(!report.isHealthy)
        #expect(report.problems == ["a row refers to a missing claim (a broken reference in table claim_time)"])
    }

    private func pageCount(_ store: FactCheckStore) throws -> Int {
        let statement = try store.db.statement("PRAGMA page_count")
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(0)
    }
}
