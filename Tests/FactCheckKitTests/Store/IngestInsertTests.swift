import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Ingest stores an article's claims, kinds, times and quantities a few rows per statement (`MultiRowInsert`), and
/// feeds the full-text index in search-key order: what is stored must not depend on either.
@Suite struct IngestInsertTests {
    /// An article of `count` claims; claim `i` has `i % 4` quantities, `i % 3` times and a few kinds (some named
    /// twice), and a score that is not in claim order.
    private func article(_ title: String, claims count: Int, badClaim: Int? = nil) -> ArticleDraft {
        var body = ""
        var claims: [ExtractedClaim] = []
        for index in 0..<count {
            let sentence = "\(title) claim \(index) says \(index + 10) percent of \(index * 3) bridges failed in 20\(10 + index % 80)."
            let start = body.utf8.count
            body += sentence + " "
            let kinds = (0..<(1 + index % 3)).map { ClaimKind.allCases[(index + $0 * 4) % ClaimKind.allCases.count] } + [.percentage]
            let quantities = (0..<(index % 4)).map { q in
                Quantity(
                    text: "\(index + q) percent", value: Double(index * 10 + q), unit: q % 2 == 0 ? "percent" : nil,
                    kind: q % 2 == 0 ? .percentage : .number, qualifier: q == 1 ? "about" : nil,
                    startOffset: q == 2 ? nil : start + q, endOffset: q == 2 ? nil : start + q + 2
                )
            }
            claims.append(ExtractedClaim(
                text: sentence, position: index, startOffset: start,
                endOffset: index == badClaim ? start - 1 : start + sentence.utf8.count, kinds: kinds,
                score: Double((index * 37) % 100) / 100, reasons: [], quantities: quantities,
                speaker: index % 5 == 0 ? "Mayor \(index)" : nil, timeReferences: (0..<(index % 3)).map { "20\(10 + $0)" }
            ))
        }
        return ArticleDraft(metadata: ArticleMetadata(title: title), body: body, sourcePath: nil, claims: claims)
    }

    /// More claims, kinds and quantities than one statement takes: every row reaches its own claim, and claims are
    /// numbered on from the claims already stored, as SQLite numbers rows inserted one at a time.
    @Test func manyClaimsKeepTheirOwnKindsTimesAndQuantities() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("many.db"))
        _ = try store.ingest(article("First", claims: 3), editor: "test")
        let draft = article("Second", claims: 75)
        guard case .ingested(let articleID, let count) = try store.ingest(draft, editor: "test") else {
            Issue.record("expected a new article")
            return
        }
        #expect(count == 75)
        let stored = try store.claims(ClaimFilter(articleID: articleID, sort: .article, limit: 1000))
        #expect(stored.map(\.id.rawValue) == Array(4...78))
        #expect(stored.count == draft.claims.count)
        for (claim, extracted) in zip(stored, draft.claims) {
            #expect(claim.position == extracted.position)
            #expect(claim.text == extracted.text)
            #expect((claim.startOffset, claim.endOffset) == (extracted.startOffset, extracted.endOffset))
            #expect(claim.score == extracted.score)
            #expect(claim.speaker == extracted.speaker)
            #expect(claim.kinds.sorted() == Array(Set(extracted.kinds)).sorted(), "claim \(extracted.position)")
            #expect(claim.timeReferences == extracted.timeReferences, "claim \(extracted.position)")
            #expect(claim.quantities == extracted.quantities, "claim \(extracted.position)")
            #expect(try store.history(of: claim.id).map(\.action) == [.extracted])
        }
    }

    /// A claim that breaks a constraint late in an article, in its second statement of claims, leaves no row of that
    /// article; inside a batch the articles around it are stored.
    @Test func aBadClaimLeavesNoRowOfItsArticle() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("bad.db"))
        _ = try store.ingest(article("Kept", claims: 2), editor: "test")
        let before = try store.dumpRows()
        #expect(throws: StoreError.self) { try store.ingest(article("Bad", claims: 40, badClaim: 37), editor: "test") }
        #expect(try store.dumpRows() == before)
        try store.batch {
            _ = try store.ingest(article("Before", claims: 5), editor: "test")
            #expect(throws: StoreError.self) { try store.ingest(article("Bad", claims: 40, badClaim: 37), editor: "test") }
            _ = try store.ingest(article("After", claims: 5), editor: "test")
        }
        #expect(try store.articleSummaries().map(\.title).sorted() == ["After", "Before", "Kept"])
        #expect(try store.countClaims(ClaimFilter()) == 12)
        #expect(try store.countClaims(ClaimFilter(search: "bad")) == 0)
        #expect(try store.countClaims(ClaimFilter(search: "after")) == 5)
    }

    /// Full-text segments in the index: FTS5 writes one each time a statement's rowids stop rising.
    private func segments(_ store: FactCheckStore) throws -> Int64 {
        try store.db.integer("SELECT count(DISTINCT segid) FROM claim_fts_idx")
    }

    /// Each statement that feeds the full-text index hands it its rows in search-key order, so it writes one segment
    /// rather than one every time a claim scores higher than the one before.
    @Test func feedingTheTextIndexWritesOneSegment() throws {
        let folder = TemporaryDirectory()
        let single = try FactCheckStore(path: folder.file("single.db"))
        _ = try single.ingest(article("Alone", claims: 60), editor: "test")
        #expect(try segments(single) == 1)
        let batched = try FactCheckStore(path: folder.file("batched.db"))
        try batched.batch {
            for index in 0..<6 { _ = try batched.ingest(article("Batch\(index)", claims: 30), editor: "test") }
        }
        #expect(try segments(batched) == 1)
        #expect(try batched.countClaims(ClaimFilter(search: "bridges")) == 180)
        try batched.db.execute("INSERT INTO claim_fts (claim_fts, rank) VALUES ('integrity-check', 0)")
    }
}
