import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// A store on a temporary file with a fixed clock, plus a small article to work on.
struct HeraldStoreFixture {
    let folder = TemporaryDirectory()
    let store: FactCheckStore

    static let body = """
        Backpage operated in 97 countries and is involved in 73 percent of all child trafficking reports.

        It brought in $135 million in annual revenue in 2014, according to The New York Times.

        The weather was pleasant.
        """

    init() throws {
        store = try FactCheckStore(path: folder.file("test.db"), clock: .fixed(Date(timeIntervalSince1970: 1_700_000_000)))
    }

    @discardableResult
    func ingest(_ body: String = HeraldStoreFixture.body, title: String = "Backpage") throws -> IngestOutcome {
        let draft = ArticleDraft(
            metadata: ArticleMetadata(title: title, publication: "Herald"), body: body, sourcePath: nil,
            claims: ClaimExtractor().extract(from: body)
        )
        return try store.ingest(draft, editor: "alice")
    }
}

@Suite struct StoreTests {
    @Test func ingestStoresArticleClaimsQuantitiesAndHistory() throws {
        let fixture = try HeraldStoreFixture()
        guard case .ingested(let articleID, let count) = try fixture.ingest() else {
            Issue.record("expected a new article")
            return
        }
        #expect(count == 2)
        let claims = try fixture.store.claims(ClaimFilter(articleID: articleID, sort: .article))
        #expect(claims.map(\.position) == [0, 1])
        #expect(claims[0].quantities.map(\.text) == ["97 countries", "73 percent"])
        #expect(claims[1].attribution == "The New York Times")
        #expect(claims[1].quantities.first?.unit == "USD")
        #expect(claims[1].quantities.first?.value == 135_000_000)
        let history = try fixture.store.history(of: claims[0].id)
        #expect(history.map(\.action) == [.extracted])
        #expect(history[0].editor == "alice")
        #expect(history[0].at == "2023-11-14T22:13:20.000Z")
    }

    @Test func ingestingTheSameBodyTwiceIsANoOp() throws {
        let fixture = try HeraldStoreFixture()
        guard case .ingested(let first, _) = try fixture.ingest() else {
            Issue.record("expected a new article")
            return
        }
        #expect(try fixture.ingest(title: "Another title") == .alreadyIngested(first))
        #expect(try fixture.store.articleSummaries().count == 1)
        #expect(try fixture.store.countClaims(ClaimFilter()) == 2)
    }

    @Test func citeAndMarkAreRecordedInHistory() throws {
        let fixture = try HeraldStoreFixture()
        try fixture.ingest()
        let claim = try fixture.store.claims(ClaimFilter(sort: .article))[0]
        let evidence = try fixture.store.cite(
            claim.id, evidence: NewEvidence(url: "https://example.org/r", title: "Report", stance: .supports), editor: "bob"
        )
        #expect(evidence.editor == "bob")
        let event = try fixture.store.mark(claim.id, status: .verified, note: "Matches table 3", editor: "bob")
        #expect(event.from == "unverified")
        #expect(event.to == "verified")
        let updated = try fixture.store.claim(claim.id)
        #expect(updated.status == .verified)
        #expect(updated.verdictNote == "Matches table 3")
        #expect(updated.evidenceCount == 1)
        #expect(try fixture.store.history(of: claim.id).map(\.action) == [.extracted, .evidenceAdded, .status])
        // Marking the same status again without a note keeps the verdict note.
        try fixture.store.mark(claim.id, status: .verified, note: nil, editor: "carol")
        #expect(try fixture.store.claim(claim.id).verdictNote == "Matches table 3")
        // A new status without a note has none: the old note was for the old verdict, and stays in the history.
        try fixture.store.mark(claim.id, status: .inReview, note: nil, editor: "carol")
        #expect(try fixture.store.claim(claim.id).verdictNote == nil)
        let history = try fixture.store.history(of: claim.id)
        #expect(history.count == 5)
        #expect(history[2].note == "Matches table 3")
    }

    @Test func unknownClaimIsATypedErrorAndChangesNothing() throws {
        let fixture = try HeraldStoreFixture()
        try fixture.ingest()
        #expect(throws: StoreError.claimNotFound(ClaimID(999))) {
            try fixture.store.mark(ClaimID(999), status: .verified, note: nil, editor: "bob")
        }
        #expect(throws: StoreError.claimNotFound(ClaimID(999))) {
            try fixture.store.cite(ClaimID(999), evidence: NewEvidence(url: "https://example.org"), editor: "bob")
        }
        #expect(try fixture.store.claims(ClaimFilter()).allSatisfy { $0.evidenceCount == 0 && $0.status == .unverified })
    }

    @Test func filtersBySearchStatusKindAndScore() throws {
        let fixture = try HeraldStoreFixture()
        try fixture.ingest()
        let all = try fixture.store.claims(ClaimFilter())
        #expect(all.map(\.score) == all.map(\.score).sorted(by: >))
        #expect(try fixture.store.claims(ClaimFilter(search: "revenue")).count == 1)
        #expect(try fixture.store.claims(ClaimFilter(search: "REVENUE 2014")).count == 1)
        #expect(try fixture.store.claims(ClaimFilter(search: "\"); DROP TABLE claim; --")).isEmpty)
        #expect(try fixture.store.claims(ClaimFilter(kinds: [.money])).count == 1)
        #expect(try fixture.store.claims(ClaimFilter(kinds: [.percentage, .count])).count == 1)
        try fixture.store.mark(all[0].id, status: .unverifiable, note: nil, editor: "x")
        #expect(try fixture.store.claims(ClaimFilter(statuses: [.unverified])).count == 1)
        #expect(try fixture.store.claims(ClaimFilter(statuses: [.unverified, .unverifiable])).count == 2)
        #expect(try fixture.store.claims(ClaimFilter(minScore: 1.0)).isEmpty)
        #expect(try fixture.store.claims(ClaimFilter(limit: 1)).count == 1)
        #expect(try fixture.store.countClaims(ClaimFilter(limit: 1)) == 2)
    }

    @Test func historyCannotBeRewritten() throws {
        let fixture = try HeraldStoreFixture()
        try fixture.ingest()
        let claim = try fixture.store.claims(ClaimFilter())[0]
        try fixture.store.cite(claim.id, evidence: NewEvidence(url: "https://example.org/a", title: "A"), editor: "bob")
        #expect(throws: StoreError.self) { try fixture.store.executeScript("DELETE FROM claim_event") }
        #expect(throws: StoreError.self) { try fixture.store.executeScript("UPDATE claim_event SET editor = 'mallory'") }
        #expect(throws: StoreError.self) { try fixture.store.executeScript("DELETE FROM evidence") }
        #expect(throws: StoreError.self) { try fixture.store.executeScript("UPDATE evidence SET url = 'https://evil.example'") }
        try fixture.store.executeScript("UPDATE evidence SET withdrawn_at = 'now', withdrawn_by = 'bob', withdrawn_reason = 'dead link'")
        #expect(try fixture.store.history(of: claim.id).count == 2)
        #expect(try fixture.store.evidence(of: claim.id, includeWithdrawn: true).map(\.title) == ["A"])
    }

    @Test func databaseErrorsAreTyped() throws {
        let folder = TemporaryDirectory()
        #expect(throws: StoreError.folderMissing(path: folder.file("missing/x.db"))) {
            try FactCheckStore(path: folder.file("missing/x.db"))
        }
        #expect(throws: StoreError.noDatabase(path: folder.file("none.db"))) {
            try FactCheckStore(path: folder.file("none.db"), mode: .existing)
        }
        let notSQLite = folder.write("notes.db", "these are my notes, not a database\n")
        #expect(throws: StoreError.notADatabase(path: notSQLite)) { try FactCheckStore(path: notSQLite) }
        #expect(try String(contentsOfFile: notSQLite, encoding: .utf8) == "these are my notes, not a database\n")
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndLeftAlone() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("other.db")
        let other = try FactCheckStore(path: path)
        try other.executeScript("CREATE TABLE unrelated (x); PRAGMA user_version = 0;")
        // Drop ours so only the foreign table stays, as in another program's file.
        try other.executeScript(
            "PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE name <> 'unrelated'; PRAGMA writable_schema = OFF;"
        )
        #expect(throws: StoreError.foreignDatabase(path: path)) { try FactCheckStore(path: path) }
    }

    @Test func newerSchemaIsRefused() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("future.db")
        try FactCheckStore(path: path).executeScript("PRAGMA user_version = 99")
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Migrations.latestVersion)) {
            try FactCheckStore(path: path)
        }
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hexDigest(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest(of: String(repeating: "a", count: 1_000))
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.hexDigest(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite struct TimeReferenceStoreTests {
    @Test func everyTimeOfAClaimIsStoredAndReadBackInOrder() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("times.db"))
        let ingestor = Ingestor(store: store, editor: "ann")
        let file = folder.file("times.txt")
        try "Landfill use fell 9 percent from 2007 to 2008 and must halve by 2030.\n".write(toFile: file, atomically: true, encoding: .utf8)
        _ = try ingestor.ingest(.file(file))
        let claim = try #require(try store.claims(ClaimFilter()).first)
        #expect(claim.timeReferences == ["from 2007 to 2008", "2030"])
        #expect(claim.timeReference == "from 2007 to 2008")
        let json = String(decoding: try JSONEncoder().encode(claim), as: UTF8.self)
        #expect(json.contains(#""time_references":["from 2007 to 2008","2030"]"#))
        #expect(json.contains(#""time_reference":"from 2007 to 2008""#))
    }
}
