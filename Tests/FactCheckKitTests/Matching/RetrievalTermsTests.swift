import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Retrieval reads the rarest few of a text's terms, never a word the index does not hold nor, when rarer ones
/// exist, a word in most documents.
@Suite struct RetrievalTermsTests {
    private func settings(_ count: Int) -> ClaimMatcher.Settings {
        var settings = ClaimMatcher.Settings()
        settings.retrievalTerms = count
        return settings
    }

    @Test func theRarestTermsAreKeptInTheTextsOrder() {
        let terms = ["council", "spent", "bridge", "million", "repairs", "ashford", "2019"]
        let df = ["council": 900, "spent": 400, "bridge": 120, "million": 800, "repairs": 60, "ashford": 5, "2019": 300]
        #expect(ClaimMatcher.retrievalTerms(terms, frequencies: df, documents: 10_000, settings: settings(3))
            == ["bridge", "repairs", "ashford"])
        #expect(ClaimMatcher.retrievalTerms(terms, frequencies: df, documents: 10_000, settings: settings(8)) == terms)
    }

    @Test func equallyRareTermsAreTakenInTheTextsOrder() {
        let terms = ["alpha", "beta", "gamma", "delta"]
        let df = ["alpha": 7, "beta": 3, "gamma": 7, "delta": 7]
        #expect(ClaimMatcher.retrievalTerms(terms, frequencies: df, documents: 100, settings: settings(2)) == ["alpha", "beta"])
    }

    @Test func absentAndCommonWordsAreLeftOut() {
        let terms = ["said", "tram", "zyzzyva", "depot"]
        let df = ["said": 4_000, "tram": 80, "depot": 30]
        #expect(ClaimMatcher.retrievalTerms(terms, frequencies: df, documents: 10_000, settings: settings(8)) == ["tram", "depot"])
        // Every word common: they are all there is to retrieve on, the rarest first.
        #expect(ClaimMatcher.retrievalTerms(["said", "year"], frequencies: ["said": 4_000, "year": 3_000], documents: 10_000,
                                            settings: settings(1)) == ["year"])
        // A small index keeps its common words (a share means little among a few hundred documents).
        #expect(ClaimMatcher.retrievalTerms(terms, frequencies: df, documents: 500, settings: settings(8)) == ["said", "tram", "depot"])
        #expect(ClaimMatcher.retrievalTerms(["zyzzyva"], frequencies: [:], documents: 500, settings: settings(8)) == [])
    }

    @Test func thePostingsBudgetStopsAtTheDocumentsReadButKeepsTheMinimum() {
        let terms = ["council", "spent", "bridge", "million", "repairs", "ashford", "2019"]
        let df = ["council": 900, "spent": 400, "bridge": 120, "million": 800, "repairs": 60, "ashford": 5, "2019": 300]
        var budget = settings(64)
        budget.minimumRetrievalTerms = 2
        budget.retrievalPostings = 500  // ashford 5 + repairs 60 + bridge 120 + 2019 300 = 485; spent would pass it
        #expect(ClaimMatcher.retrievalTerms(terms, frequencies: df, documents: 10_000, settings: budget)
            == ["bridge", "repairs", "ashford", "2019"])
        budget.retrievalPostings = 10  // only ashford fits, but the two rarest are always read
        #expect(ClaimMatcher.retrievalTerms(terms, frequencies: df, documents: 10_000, settings: budget) == ["repairs", "ashford"])
    }

    @Test func aClaimIsStillFoundWhenRetrievalReadsFewTerms() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("k.db"), clock: .fixed(Date(timeIntervalSince1970: 1_767_225_600)))
        _ = try store.importReviews([ReviewDraft(
            url: "https://checks.example.org/r/1",
            claimReviewed: "The transit agency cancelled 4,200 tram services in Ashford Vale during the strike last winter.",
            rating: ReviewRating(name: "False", value: 1, best: 5, worst: 1, explanation: nil), json: "{}"
        ), ReviewDraft(
            url: "https://checks.example.org/r/2", claimReviewed: "The agency opened a new depot last winter.",
            rating: ReviewRating(name: "True", value: 5, best: 5, worst: 1, explanation: nil), json: "{}"
        )], editor: "t")
        var settings = ClaimMatcher.Settings()
        settings.retrievalTerms = 2
        let found = try ClaimMatcher(store: store, settings: settings)
            .matches(for: "The transit agency cancelled 4,200 tram services in Ashford Vale during the strike last winter.")
        #expect(found.first?.target == .review(ReviewID(1)), "\(found)")
        #expect(found.first?.relation == .same, "\(found)")
    }

    @Test func eachTermIsOnePhraseUnlessASignatureLineIsWeighedAgainstTheText() {
        #expect(ClaimMatcher.ftsQuery(["bridge", "cost"], signatureTerms: []) == #""bridge" OR "cost""#)
        #expect(ClaimMatcher.ftsQuery(["bridge", "jane"], signatureTerms: ["jane"]) == #""bridge" OR "bridge" OR "jane""#)
    }
}
