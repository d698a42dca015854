import FactCheckBenchKit
import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct BatchTests {
    private func draft(_ index: Int) -> ArticleDraft {
        let parsed = ArticleParser.parse(CorpusGenerator(seed: 9).article(index))
        return ArticleDraft(metadata: parsed.metadata, body: parsed.body, sourcePath: nil, claims: ClaimExtractor().extract(from: parsed.body))
    }

    private struct Planned: Error {}

    @Test func aFailedActionInsideABatchUndoesOnlyItself() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("batch.db"))
        try store.batch {
            _ = try store.ingest(draft(0), editor: "test")
            #expect(throws: (any Error).self) {
                try store.change {
                    _ = try store.ingest(draft(1), editor: "test")
                    throw Planned()
                }
            }
            _ = try store.ingest(draft(2), editor: "test")
        }
        let articles = Set(try store.claims(ClaimFilter()).map(\.articleID))
        #expect(articles.count == 2)
        #expect(try store.claims(ClaimFilter(search: "the")).allSatisfy { articles.contains($0.articleID) })
    }

    @Test func aFailedBatchStoresNothing() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("batch.db"))
        #expect(throws: Planned.self) {
            try store.batch {
                _ = try store.ingest(draft(0), editor: "test")
                throw Planned()
            }
        }
        #expect(try store.countClaims(ClaimFilter()) == 0)
        #expect(try store.claims(ClaimFilter(search: "the")).isEmpty)
    }

    @Test func aBatchInsideABatchIsASavepoint() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("batch.db"))
        try store.batch {
            _ = try store.ingest(draft(0), editor: "test")
            try? store.batch {
                _ = try store.ingest(draft(1), editor: "test")
                throw Planned()
            }
            try store.batch { _ = try store.ingest(draft(2), editor: "test") }
        }
        #expect(Set(try store.claims(ClaimFilter()).map(\.articleID)).count == 2)
    }

    /// Words of the drafts' claims to search for: the first long word of each claim.
    private func words(_ drafts: [ArticleDraft]) -> [String] {
        let all = drafts.flatMap(\.claims).compactMap { claim in
            claim.text.split(whereSeparator: { !$0.isLetter }).first { $0.count > 5 }.map { String($0).lowercased() }
        }
        return Array(Set(all)).sorted()
    }

    /// A batch feeds the full-text index once, before it commits: searches then find exactly what they find after
    /// storing the same articles one at a time, in the same order.
    @Test func aBatchIndexesTheSameAsArticleByArticle() throws {
        let folder = TemporaryDirectory()
        let drafts = (0..<8).map(draft)
        let single = try FactCheckStore(path: folder.file("single.db"))
        for draft in drafts { _ = try single.ingest(draft, editor: "test") }
        let batched = try FactCheckStore(path: folder.file("batched.db"))
        try batched.batch {
            for draft in drafts { _ = try batched.ingest(draft, editor: "test") }
        }
        let words = words(drafts)
        #expect(words.count > 10)
        for word in words {
            let filter = ClaimFilter(search: word, limit: 500)
            #expect(try batched.claims(filter).map(\.id) == single.claims(filter).map(\.id), "\(word)")
            #expect(try batched.countClaims(filter) == single.countClaims(filter), "\(word)")
        }
        try batched.db.execute("INSERT INTO claim_fts (claim_fts, rank) VALUES ('integrity-check', 0)")
    }

    /// Inside a batch, a search (or matching the next article) sees the claims the batch stored before it.
    @Test func aSearchInsideABatchFindsTheBatchsOwnClaims() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("batch.db"))
        let first = draft(0)
        let word = try #require(words([first]).first)
        try store.batch {
            _ = try store.ingest(first, editor: "test")
            let found = try store.claims(ClaimFilter(search: word))
            #expect(!found.isEmpty && found.allSatisfy { $0.articleID == ArticleID(1) })
            _ = try store.ingest(draft(1), editor: "test")
        }
        #expect(try store.claims(ClaimFilter(search: word)).contains { $0.articleID == ArticleID(1) })
        let all = Set(try store.claims(ClaimFilter(limit: 10_000)).map(\.id))
        let indexed = Set(try words([first, draft(1)]).flatMap { try store.claims(ClaimFilter(search: $0, limit: 10_000)).map(\.id) })
        #expect(indexed.isSubset(of: all))
    }

    /// A search inside an action that then fails feeds the index inside that action's savepoint; the rollback takes
    /// those rows back, and the batch feeds them again before it commits, so no claim is left unsearchable.
    @Test func aFailedActionThatSearchedLeavesNoClaimOutOfTheIndex() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("batch.db"))
        let kept = draft(0)
        let word = try #require(words([kept]).first)
        try store.batch {
            _ = try store.ingest(kept, editor: "test")
            #expect(throws: Planned.self) {
                try store.change {
                    _ = try store.ingest(draft(1), editor: "test")
                    _ = try store.claims(ClaimFilter(search: word))
                    throw Planned()
                }
            }
            _ = try store.ingest(draft(2), editor: "test")
        }
        let found = try store.claims(ClaimFilter(search: word, limit: 10_000))
        let expected = try store.claims(ClaimFilter(articleID: ArticleID(1), limit: 10_000))
            .filter { $0.text.lowercased().contains(word) }.map(\.id)
        #expect(Set(expected).isSubset(of: Set(found.map(\.id))))
        #expect(!expected.isEmpty)
        try store.db.execute("INSERT INTO claim_fts (claim_fts, rank) VALUES ('integrity-check', 0)")
    }

    /// Editing a claim's text inside a batch takes its old text out of the index: the index is fed first, so the
    /// edited claim is found by its new words only and the index stays whole.
    @Test func anEditInsideABatchKeepsTheIndexWhole() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("batch.db"))
        try store.batch {
            _ = try store.ingest(draft(0), editor: "test")
            _ = try store.editText(ClaimID(1), to: ClaimRevision(reading: "Wombats dug 12 tunnels."), note: nil, editor: "test")
        }
        #expect(try store.claims(ClaimFilter(search: "wombats")).map(\.id) == [ClaimID(1)])
        try store.db.execute("INSERT INTO claim_fts (claim_fts, rank) VALUES ('integrity-check', 0)")
    }
}
