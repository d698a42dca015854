import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct MigrationTests {
    static let fixture = Paths.packageRoot.appendingPathComponent("Tests/FactCheckKitTests/Store/Fixtures/version1.db")

    /// A copy of the version-1 fixture in a temporary folder (the fixture itself is never opened for writing).
    static func copyOfVersion1(in folder: TemporaryDirectory) throws -> String {
        let path = folder.file("old.db")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        return path
    }

    /// Version 13 rebuilt the claim table for a seventeenth reason's bit: a migrated database stores it, and the
    /// full-text triggers made again keep an edited claim findable by its new words only.
    @Test func aMigratedClaimTableTakesTheRecordReasonAndKeepsItsIndexInStep() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: try Self.copyOfVersion1(in: folder), mode: .existing)
        let body = "Ferry test\n\nThe harbour ferry carried a record 41,200 riders in August, the port said."
        let parsed = ArticleParser.parse(body)
        let claims = ClaimExtractor().extract(from: parsed.body)
        #expect(claims.first?.reasons.contains(.claimsRecord) == true)
        let draft = ArticleDraft(metadata: parsed.metadata, body: parsed.body, sourcePath: nil, claims: claims)
        guard case .ingested(let article, _) = try store.ingest(draft, editor: "test") else {
            Issue.record("the article was not stored")
            return
        }
        let stored = try #require(try store.claims(ClaimFilter(articleID: article)).first)
        #expect(stored.reasons.contains(.claimsRecord))
        #expect(try store.claims(ClaimFilter(search: "riders")).map(\.id) == [stored.id])
        let revision = ClaimRevision(text: "The harbour ferry carried 41,200 passengers in August.", kinds: stored.kinds, quantities: stored.quantities)
        _ = try store.editText(stored.id, to: revision, note: nil, editor: "test")
        #expect(try store.claims(ClaimFilter(search: "riders")).isEmpty)
        #expect(try store.claims(ClaimFilter(search: "passengers")).map(\.id) == [stored.id])
    }

    @Test func aVersion1DatabaseIsMigratedWithItsDataIntact() throws {
        let folder = TemporaryDirectory()
        let path = try Self.copyOfVersion1(in: folder)
        let store = try FactCheckStore(path: path, mode: .existing)
        #expect(try store.userVersion() == Migrations.latestVersion)

        let verified = try store.claim(ClaimID(1))
        #expect(verified.text == "The repairs cost $48 million, 30 percent over budget.")
        #expect(verified.status == .verified && verified.assignee == "priya" && verified.verdictNote == "Matches the audit, p. 4")
        #expect(verified.kinds == [.percentage, .money].sorted())
        #expect(verified.quantities.map(\.text) == ["$48 million", "30 percent"])
        #expect(verified.quantities.allSatisfy { $0.startOffset == nil && $0.endOffset == nil },
                "quantities stored before offsets were kept have none; reports find them in the text")
        #expect(verified.evidenceCount == 1, "the withdrawn citation stays withdrawn")
        #expect(try store.evidence(of: ClaimID(1), includeWithdrawn: true).count == 2)
        let history = try store.history(of: ClaimID(1))
        #expect(history.map(\.action) == [.extracted, .evidenceAdded, .evidenceWithdrawn, .evidenceAdded, .assigned, .status])
        #expect(history.allSatisfy { !$0.forced }, "events from before version 2 were never forced")
        #expect(try store.claims(ClaimFilter(search: "council")).map(\.id) == [ClaimID(2)], "the search index survives")
        // The claim-tracking migration rebuilt the index with the porter stemmer and the score key: the same
        // claims are found, now by any form of the word, and history rows gained empty carried-from columns.
        #expect(try store.claims(ClaimFilter(search: "councils")).map(\.id) == [ClaimID(2)], "stemmed search finds the old claims")
        #expect(try store.claims(ClaimFilter(search: "repair", limit: 50)).map(\.id) == [ClaimID(1)], "the score-keyed page finds them too")
        #expect(history.allSatisfy { $0.carriedFromClaim == nil && $0.carriedFromReview == nil })
        #expect(try store.reviewCount() == 0)
        #expect(try store.claims(ClaimFilter(assignee: "priya")).map(\.id) == [ClaimID(1)])
        #expect(try store.check().isHealthy)

        // Verdicts from before review existed were never reviewed: approved as given, and not published.
        #expect(verified.review == .notRequired && verified.publishedAt == nil)
        #expect(try store.verdictState(ClaimID(1)) == VerdictState(
            claimID: ClaimID(1), review: .notRequired, givenBy: "priya", reviewedBy: nil, reviewedAt: nil, reviewNote: nil,
            publishedAt: nil, unpublishedAt: nil
        ))
        #expect(try store.claim(ClaimID(2)).review == nil, "a claim without a verdict has no review")
        #expect(try store.claims(ClaimFilter(reviews: [.notRequired])).map(\.id) == [ClaimID(1)])
        #expect(try store.corrections().isEmpty)
        #expect(history.map(\.id) == [1, 3, 4, 5, 6, 7], "the rebuilt history keeps its ids")
        // A migrated verdict publishes without a review, and changes after that only with a correction.
        #expect(try store.publish([ClaimID(1)], editor: "ann") == [ClaimID(1)])
        #expect(throws: PublicationError.self) { try store.mark(ClaimID(1), status: .false, note: nil, editor: "ann") }

        // The migrated database behaves like a new one: the version 2 rules hold.
        let event = try store.mark(ClaimID(2), status: .false, note: "the minutes say 6 to 3", editor: "ann", force: true)
        #expect(event.forced)
        #expect(throws: StoreError.self) { try store.db.execute("UPDATE evidence SET url = 'https://x.example/' WHERE id = 1") }
    }

    @Test func aClaimsTimeReferenceBecomesItsListOfTimes() throws {
        let folder = TemporaryDirectory()
        let path = try Self.copyOfVersion1(in: folder)
        // The fixture's claims have no time; give one a time as version 1 stored it, then migrate.
        do {
            let raw = try SQLiteConnection(path: path, readOnly: false)
            try raw.execute("UPDATE claim SET time_reference = 'in 2021' WHERE id = 1")
        }
        let store = try FactCheckStore(path: path, mode: .existing)
        #expect(try store.claim(ClaimID(1)).timeReferences == ["in 2021"])
        #expect(try store.claim(ClaimID(1)).timeReference == "in 2021")
        #expect(try store.claim(ClaimID(2)).timeReferences == [])
    }

    @Test func reasonSentencesBecomeCodesWithADoubledReasonShownOnce() throws {
        let folder = TemporaryDirectory()
        let path = try Self.copyOfVersion1(in: folder)
        // Version 1 stored reasons as sentences joined by "; ", "states a matter of record" twice when a sentence had
        // three words of record. Give one claim such a list, then migrate.
        do {
            let raw = try SQLiteConnection(path: path, readOnly: false)
            try raw.execute("""
                UPDATE claim SET reasons = 'has a statistic; names a source; states a matter of record; \
                states a matter of record; is too short to check' WHERE id = 2
                """)
        }
        let store = try FactCheckStore(path: path, mode: .existing)
        #expect(try store.claim(ClaimID(1)).reasons == [.statistic])
        #expect(try store.claim(ClaimID(2)).reasons == [.statistic, .namesSource, .recordDense, .fragment])
    }

    @Test func kindRowsBecomeTheClaimsKindBits() throws {
        let folder = TemporaryDirectory()
        let path = try Self.copyOfVersion1(in: folder)
        // Until version 12 a claim had a claim_kind row per kind. Give claim 2 every kind and claim 1 none, then migrate.
        do {
            let raw = try SQLiteConnection(path: path, readOnly: false)
            try raw.execute("DELETE FROM claim_kind WHERE claim_id IN (1, 2)")
            for kind in ClaimKind.allCases {
                try raw.execute("INSERT INTO claim_kind (claim_id, kind) VALUES (2, '\(kind.rawValue)')")
            }
        }
        let store = try FactCheckStore(path: path, mode: .existing)
        #expect(try store.claim(ClaimID(2)).kinds == ClaimKind.allCases)
        #expect(try store.claim(ClaimID(1)).kinds == [])
        #expect(try store.claims(ClaimFilter(kinds: [.quote, .money])).map(\.id) == [ClaimID(2)])
        #expect(try store.claims(ClaimFilter(kinds: [.money])).map(\.id) == [ClaimID(2)])
    }

    @Test func aMigratedVersion1DatabaseHasExactlyTheCurrentSchema() throws {
        let folder = TemporaryDirectory()
        let migrated = try FactCheckStore(path: try Self.copyOfVersion1(in: folder)).schemaObjects()
        let fresh = try FactCheckStore(path: folder.file("fresh.db")).schemaObjects()
        #expect(migrated == fresh)
    }

    @Test func aDatabaseFromANewerVersionIsRefusedAndNotModified() throws {
        let folder = TemporaryDirectory()
        let path = try Self.copyOfVersion1(in: folder)
        do {
            let store = try FactCheckStore(path: path)
            try store.db.execute("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Migrations.latestVersion)) {
            try FactCheckStore(path: path, mode: .existing)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the file is byte for byte as it was")
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(StoreError.newerSchema(path: path, found: 99, supported: 2).errorDescription!.contains("upgrade factcheck"))
    }
}
