import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Edits re-read the claim and reset its verdict; a verdict whose evidence is gone is flagged; ingest extracts
/// outside the write lock, on all cores, with the same result as one thread.
@Suite struct EditAndVerdictTests {
    @Test func anEditReplacesKindsAndQuantitiesAndResetsTheVerdict() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let claim = ClaimID(1)
        _ = try store.cite(claim, evidence: NewEvidence(url: "https://example.org/audit"), editor: "ann")
        _ = try store.mark(claim, status: .verified, note: "matches", editor: "ann")
        let edit = try store.editText(claim, to: ClaimRevision(reading: "Repairs will cost $9 billion."), note: "figure", editor: "bob")
        #expect(edit.verdictReset == .verified)
        let after = try store.claim(claim)
        #expect(after.status == .inReview && after.verdictNote == nil)
        #expect(after.kinds.contains(.money) && !after.kinds.contains(.percentage))
        #expect(after.quantities.map(\.value) == [9e9])
        #expect(try store.history(of: claim).last?.note == "reset by the text edit: the verdict was given for the old text")
    }

    @Test func keepVerdictNeedsANoteAndKeepsIt() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        _ = try store.cite(ClaimID(1), evidence: NewEvidence(url: "https://example.org/audit"), editor: "ann")
        _ = try store.mark(ClaimID(1), status: .verified, note: "matches", editor: "ann")
        let before = try fixture.rows()
        #expect(throws: EditError.keepVerdictNeedsNote) {
            try store.editText(ClaimID(1), to: ClaimRevision(reading: "Typo fixed."), note: nil, editor: "bob", keepVerdict: true)
        }
        #expect(try fixture.rows() == before)
        let edit = try store.editText(ClaimID(1), to: ClaimRevision(reading: "Typo fixed."), note: "typo", editor: "bob", keepVerdict: true)
        #expect(edit.verdictReset == nil)
        #expect(try store.claim(ClaimID(1)).status == .verified)
    }

    @Test func aWithdrawnCitationOrAForcedVerdictIsFlaggedAsUnsupported() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let evidence = try store.cite(ClaimID(1), evidence: NewEvidence(url: "https://example.org/a"), editor: "ann")
        _ = try store.mark(ClaimID(1), status: .verified, note: "ok", editor: "ann")
        #expect(try store.claim(ClaimID(1)).verdictUnsupported == false)
        _ = try store.withdraw(evidence.id, reason: "revised", editor: "bob")
        #expect(try store.claim(ClaimID(1)).verdictUnsupported == true)
        _ = try store.mark(ClaimID(2), status: .false, note: "retracted on air", editor: "ann", force: true)
        #expect(try store.claim(ClaimID(2)).verdictUnsupported == true)
        _ = try store.mark(ClaimID(3), status: .unverifiable, note: nil, editor: "ann")
        #expect(try store.claim(ClaimID(3)).verdictUnsupported == false, "unverifiable needs no evidence")
        #expect(VerdictRule(for: .verified).isMet(citations: 3, supporting: 0) == false)
        #expect(VerdictRule(for: .disputed).isMet(citations: 1, supporting: 0))
    }

    @Test func ingestOnManyThreadsStoresExactlyWhatOneThreadStores() throws {
        let folder = TemporaryDirectory()
        let articles = writeArticles(24, in: folder)
        func ingest(threads: Int) throws -> [String] {
            let store = try FactCheckStore(path: folder.file("t\(threads).db"), clock: .fixed(Date(timeIntervalSince1970: 0)))
            var ingestor = Ingestor(store: store, editor: "ann")
            ingestor.extractionThreads = threads
            try ingestor.ingest(try Ingestor.sources(for: [articles]), batchSize: 10) { _ in }
            return try store.dumpRows()
        }
        let one = try ingest(threads: 1)
        #expect(one.count > 24)
        #expect(try ingest(threads: 4) == one)
    }
}

/// Writes `count` distinct articles into `folder/articles`.
private func writeArticles(_ count: Int, in folder: TemporaryDirectory) -> String {
    for n in 0..<count {
        var body = "Desk report \(n)\n\n"
        for s in 0..<5 {
            body += "The council spent \(n * 7 + s + 3) million dollars on \(s + 12) bridges in \(1990 + (n + s) % 30), "
                + "according to the city auditor. "
        }
        folder.write(String(format: "articles/article-%04d.txt", n), body + "\n")
    }
    return folder.file("articles")
}
