import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// `factcheck_bm25`, the ranking of stored claims for matching: BM25 with the caller's IDF and no length.
@Suite struct RankFunctionTests {
    /// A store whose claims are these sentences, one article each.
    private func store(_ folder: TemporaryDirectory, _ sentences: [String]) throws -> FactCheckStore {
        let store = try FactCheckStore(path: folder.file("r.db"))
        for (index, sentence) in sentences.enumerated() {
            let claim = ExtractedClaim(text: sentence, position: 0, startOffset: 0, endOffset: sentence.utf8.count, kinds: [.quantity], score: 0.5)
            _ = try store.ingest(ArticleDraft(metadata: ArticleMetadata(title: "A\(index)"), body: sentence, sourcePath: nil, claims: [claim]), editor: "t")
        }
        return store
    }

    @Test func theRankingIsBM25sOrderAmongClaimsOfOneLength() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder, [
            "The bridge repairs cost the city twelve million dollars",
            "The harbor ferry carried twelve thousand riders last month",
            "The bridge toll rose by two dollars for every driver",
            "The council voted to close the harbor bridge on Sundays",
        ])
        let query = #""bridge" OR "harbor" OR "dollars""#
        let total = 4
        let weights = [2, 2, 2].map { RankFunction.idf(documents: $0, total: total) }
        let ours = try store.claimCandidates(query, limit: 10, excludingArticle: nil, before: nil, phraseWeights: weights)
        let fts5 = try store.claimCandidates(query, limit: 10, excludingArticle: nil, before: nil)
        #expect(ours.count == 4)
        #expect(ours.map(\.target) == fts5.map(\.target), "\(ours.map(\.target)) against \(fts5.map(\.target))")
        #expect(ours.allSatisfy { $0.bm25 < 0 }, "lower is better, as with bm25()")
    }

    @Test func aRareTermWeighsMoreThanACommonOneAndRepeatsCountLessAndLess() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder, [
            "Ferry ferry ferry ferry service resumed",
            "Drawbridge service resumed",
        ])
        // With the rare word weighted ten times the common one, the claim holding it once beats four repeats.
        let rare = try store.claimCandidates(#""ferry" OR "drawbridge""#, limit: 10, excludingArticle: nil, before: nil, phraseWeights: [0.1, 1.0])
        #expect(rare.first?.text == "Drawbridge service resumed")
        // With equal weights, four repeats score more than one, but less than four times as much (k1 = 1.2).
        let equal = try store.claimCandidates(#""ferry" OR "drawbridge""#, limit: 10, excludingArticle: nil, before: nil, phraseWeights: [1, 1])
        #expect(equal.first?.text.hasPrefix("Ferry") == true)
        let (four, one) = (try #require(equal.first?.bm25), try #require(equal.last?.bm25))
        #expect(four < one && four > 4 * one, "\(four) against \(one)")
    }

    @Test func aMissingWeightIsAnErrorNotAGuess() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder, ["The bridge repairs cost twelve million dollars"])
        #expect(throws: StoreError.self) {
            try store.claimCandidates(#""bridge" OR "dollars""#, limit: 10, excludingArticle: nil, before: nil, phraseWeights: [1])
        }
    }

    @Test func idfFollowsFTS5() {
        #expect(abs(RankFunction.idf(documents: 1, total: 100) - log(99.5 / 1.5)) < 1e-12)
        #expect(RankFunction.idf(documents: 90, total: 100) == 1e-6, "a word in most documents weighs next to nothing")
    }
}
