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
}
