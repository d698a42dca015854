import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct ClaimReviewReaderTests {
    private let review = """
        {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://checks.example.org/r/7",
         "claimReviewed": "Backpage is involved in 73 percent of child trafficking reports.",
         "datePublished": "2024-03-01", "author": {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example.org"},
         "reviewRating": {"@type": "Rating", "ratingValue": "2", "bestRating": 5, "worstRating": 1, "alternateName": "Mostly false"},
         "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Senator"}, "datePublished": "2024-02-20",
                          "appearance": {"@type": "CreativeWork", "url": "https://news.example.com/a", "headline": "Senator speaks"}}}
        """

    private func read(_ json: String) throws -> ReviewBatch {
        try ClaimReviewReader.read(Data(json.utf8), source: "test")
    }

    @Test(arguments: ["%@", "[%@]", #"{"@context": "https://schema.org", "@graph": [%@]}"#,
                      #"{"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [%@]}]}"#])
    func everyFormReadsTheSameReview(_ wrapper: String) throws {
        let batch = try read(wrapper.replacingOccurrences(of: "%@", with: review))
        #expect(batch.skipped.isEmpty)
        let draft = try #require(batch.reviews.first)
        #expect(batch.reviews.count == 1)
        #expect(draft.url == "https://checks.example.org/r/7")
        #expect(draft.claimReviewed == "Backpage is involved in 73 percent of child trafficking reports.")
        #expect(draft.rating == ReviewRating(name: "Mostly false", value: 2, best: 5, worst: 1, explanation: nil))
        #expect(draft.reviewer == "Example Checks")
        #expect(draft.reviewerURL == "https://checks.example.org")
        #expect(draft.published == "2024-03-01")
        #expect(draft.claimant == "A. Senator")
        #expect(draft.claimDate == "2024-02-20")
        #expect(draft.appearanceURL == "https://news.example.com/a")
        #expect(draft.appearanceHeadline == "Senator speaks")
    }

    @Test func badItemsAreSkippedEachWithItsReason() throws {
        let batch = try read("""
            [\(review),
             {"@type": "ClaimReview", "url": "https://checks.example.org/r/8"},
             {"@type": "ClaimReview", "url": "checks.example.org/r/9", "claimReviewed": "x"}]
            """)
        #expect(batch.reviews.count == 1)
        #expect(batch.skipped.map(\.description) == [
            "ClaimReview 2: no claimReviewed; skipped",
            "ClaimReview 3: url 'checks.example.org/r/9' is not an http(s) address; skipped",
        ])
    }

    @Test func notJSONAndNoReviewAreErrors() {
        #expect(throws: ReviewImportError.self) { try read("not json") }
        #expect(throws: ReviewImportError.noReviews(source: "test")) { try read(#"{"@type": "Article"}"#) }
    }

    @Test func importIsIdempotentByURLAndUpdatesAChangedReview() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("reviews.db"))
        let first = try ReviewImport.run(Data(review.utf8), source: "t", into: store, editor: "e")
        #expect(first.outcome == ReviewImportOutcome(added: 1, updated: 0, unchanged: 0))
        let again = try ReviewImport.run(Data(review.utf8), source: "t", into: store, editor: "e")
        #expect(again.outcome == ReviewImportOutcome(added: 0, updated: 0, unchanged: 1))
        let changed = review.replacingOccurrences(of: "Mostly false", with: "False")
        let updated = try ReviewImport.run(Data(changed.utf8), source: "t", into: store, editor: "e")
        #expect(updated.outcome == ReviewImportOutcome(added: 0, updated: 1, unchanged: 0))
        #expect(try store.reviews().map(\.rating.name) == ["False"])
        #expect(try store.reviews(search: "trafficking").count == 1, "the review index follows the update")
    }
}
