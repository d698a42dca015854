import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// The ClaimReview export parses as JSON and carries Google's required and recommended properties.
@Suite struct ClaimReviewTests {
    @Test func everyReviewHasTheRequiredAndRecommendedProperties() throws {
        let folder = TemporaryDirectory()
        let jsonld = try ReportFixture.render(.claimreview, scope: ReportScope(includeUnpublished: true), store: ReportFixture.store(in: folder))
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(jsonld.utf8)) as? [[String: Any]])
        // Claims 1, 2, 3, 5 and 7 have verdicts; 4, 6 and 8 do not.
        #expect(reviews.compactMap { $0["url"] as? String } == [1, 2, 3, 5, 7].map { "https://factcheck.example.org/checks/\($0)" })
        for review in reviews {
            #expect(review["@context"] as? String == "https://schema.org")
            #expect(review["@type"] as? String == "ClaimReview")
            #expect((review["claimReviewed"] as? String)?.isEmpty == false)
            #expect((review["datePublished"] as? String)?.count == 10)
            let author = try #require(review["author"] as? [String: Any])
            #expect(author["@type"] as? String == "Organization")
            #expect(author["name"] as? String == "Example Fact Check")
            #expect(author["url"] as? String == "https://factcheck.example.org")
            let rating = try #require(review["reviewRating"] as? [String: Any])
            #expect(rating["@type"] as? String == "Rating")
            #expect((rating["alternateName"] as? String)?.isEmpty == false)
            #expect(rating["bestRating"] as? Int == 5)
            #expect(rating["worstRating"] as? Int == 1)
            if let value = rating["ratingValue"] as? Int { #expect((1...5).contains(value)) }
            let item = try #require(review["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            let appearance = try #require(item["appearance"] as? [String: Any])
            #expect((appearance["headline"] as? String)?.isEmpty == false)
        }
        let first = try #require(reviews.first)
        let item = try #require(first["itemReviewed"] as? [String: Any])
        #expect((item["author"] as? [String: Any])?["name"] as? String == "Millbrook Gazette")
        #expect(item["datePublished"] as? String == "2024-03-14")
        #expect((item["appearance"] as? [String: Any])?["url"] as? String == "https://example.org/news/harbor-bridge")
        #expect(first["datePublished"] as? String == "2026-01-02")
        #expect((first["reviewRating"] as? [String: Any])?["ratingExplanation"] as? String
                == "Audit p. 4 gives $212.4M; the council approved $164M in 2021")
        // The speaker, when known, is the claim's author.
        let quoted = try #require(reviews.first { ($0["url"] as? String)?.hasSuffix("/2") == true })
        #expect(((quoted["itemReviewed"] as? [String: Any])?["author"] as? [String: Any])?["name"] as? String == "Maria Delgado")
    }

    @Test func theScaleRunsFromFalseToTrueAndIsNeverInverted() throws {
        let values = [ClaimStatus.false, .misleading, .disputed, .verified].map { ClaimRating($0)!.value! }
        #expect(values == values.sorted())
        #expect(values.first == ClaimRating.worst)
        #expect(values.last == ClaimRating.best)
        #expect(ClaimRating(.unverifiable)?.value == nil)
        #expect(ClaimRating(.unverifiable)?.name == "Unverifiable")
        #expect(ClaimRating(.unverified) == nil)
        #expect(ClaimRating(.inReview) == nil)
        for status in ClaimStatus.allCases { #expect((ClaimRating(status) != nil) == status.isVerdict) }
    }

    @Test func missingSettingsAreNamedBeforeAnythingIsWritten() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("empty.db"), clock: ReportFixture.day1)
        try store.setSetting(.organisationName, to: "Example Fact Check")
        var out = ""
        #expect(throws: ReportError.missingSettings([.organisationURL, .reviewURL])) {
            try ReportWriter.write(.claimreview, scope: ReportScope(), store: store, to: &out)
        }
        #expect(out.isEmpty)
    }

    @Test func noVerdictsIsAnErrorNotAnEmptyOrBrokenDocument() throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.store(in: folder)
        var out = ""
        #expect(throws: ReportError.noVerdicts(selected: 3)) {
            try ReportWriter.write(.claimreview, scope: ReportScope(statuses: [.unverified], includeUnpublished: true), store: store, to: &out)
        }
        #expect(throws: ReportError.noPublishedVerdicts) {
            try ReportWriter.write(.claimreview, scope: ReportScope(), store: store, to: &out)
        }
        #expect(out.isEmpty)
    }

    @Test func claimsWithoutAVerdictAreCountedAsSkipped() throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.store(in: folder)
        var out = ""
        let outcome = try ReportWriter.write(.claimreview, scope: ReportScope(includeUnpublished: true), store: store, to: &out)
        #expect(outcome == ReportOutcome(claims: 5, skippedWithoutVerdict: 3))
    }

    /// By default only published verdicts are exported, dated by their publication and modified by their latest correction.
    @Test func onlyPublishedVerdictsAreExportedWithTheirPublicationAndCorrectionDates() throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.publishedStore(in: folder)
        var out = ""
        try ReportWriter.write(.claimreview, scope: ReportScope(), store: store, to: &out)
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        // 3 was withdrawn from publication, 7 was rejected, 4, 6 and 8 have no verdict.
        #expect(reviews.compactMap { $0["url"] as? String } == [1, 2, 5].map { "https://factcheck.example.org/checks/\($0)" })
        #expect(reviews.map { $0["datePublished"] as? String } == ["2026-01-04", "2026-01-04", "2026-01-04"])
        #expect(reviews.map { $0["dateModified"] as? String } == [nil, "2026-01-05", nil])
        let corrected = try #require(reviews.first { ($0["url"] as? String)?.hasSuffix("/2") == true })
        #expect((corrected["reviewRating"] as? [String: Any])?["alternateName"] as? String == "False", "the corrected rating")
    }
}
