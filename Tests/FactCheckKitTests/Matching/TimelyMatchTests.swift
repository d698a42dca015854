import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct DayNumberTests {
    @Test func daysCountFromTheEpochAcrossMonthsYearsAndLeapDays() throws {
        #expect(DateText.dayNumber("1970-01-01") == 0)
        #expect(DateText.dayNumber("1969-12-31") == -1)
        #expect(DateText.dayNumber("2000-03-01") == 11_017)
        let leap = try #require(DateText.dayNumber("2024-02-29"))
        #expect(try #require(DateText.dayNumber("2024-03-01")) - leap == 1)
        #expect(leap - (try #require(DateText.dayNumber("2024-02-28"))) == 1)
        #expect(try #require(DateText.dayNumber("2025-01-01")) - (try #require(DateText.dayNumber("2024-12-31"))) == 1)
        #expect(try #require(DateText.dayNumber("2021-01-01")) - (try #require(DateText.dayNumber("2020-01-01"))) == 366)
    }

    @Test func anyDateFormTheArticleReaderKnowsIsADay() {
        #expect(DateText.dayNumber("26 May 2015") == DateText.dayNumber("2015-05-26"))
        #expect(DateText.dayNumber("January 25, 2021") == DateText.dayNumber("2021-01-25T10:00:00Z"))
        #expect(DateText.dayNumber("stated on October 22, 2019 in a campaign mailer") == nil)
        #expect(DateText.dayNumber("2023-02-29") == nil)
    }

    @Test func aPastedPostIsDatedByItsSignatureLine() {
        #expect(MatchText("The bridge opens in May. — Jane Doe (@JaneDoeNews) March 3, 2016").day == DateText.dayNumber("2016-03-03"))
        #expect(MatchText("The bridge opens in May. — Jane Doe (@JaneDoeNews)").day == nil)
        #expect(MatchText("The bridge opened on March 3, 2016.").day == nil, "a date in the claim is not when it was posted")
    }
}

@Suite struct TimelyMatchTests {
    static let statement = "Governor Smith cut the state school budget by 12 percent in 2019 despite promising to raise it."

    /// A store holding `reviews` (claim reviewed, date published), imported in order.
    private func store(_ folder: TemporaryDirectory, _ reviews: [(String, String?)]) throws -> FactCheckStore {
        let store = try FactCheckStore(path: folder.file("t.db"), clock: .fixed(Date(timeIntervalSince1970: 1_767_225_600)))
        _ = try store.importReviews(reviews.enumerated().map { index, review in
            ReviewDraft(url: "https://checks.example.org/r/\(index + 1)", claimReviewed: review.0, published: review.1, json: "{}")
        }, editor: "t")
        return store
    }

    @Test func ofTwoFactChecksOfTheSameStatementTheOneCloserInTimeComesFirst() throws {
        let folder = TemporaryDirectory()
        let matcher = ClaimMatcher(store: try store(folder, [(Self.statement, "2019-06-02"), (Self.statement, "2023-03-10")]))
        let early = try matcher.matches(for: Self.statement, published: "2019-05-30")
        #expect(early.map(\.target) == [.review(ReviewID(1)), .review(ReviewID(2))], "\(early)")
        let late = try matcher.matches(for: Self.statement, published: "March 8, 2023")
        #expect(late.map(\.target) == [.review(ReviewID(2)), .review(ReviewID(1))], "\(late)")
        // A pasted post's own date does the same, and the lift changes no score or relation.
        let posted = try matcher.matches(for: Self.statement + " — Jane Doe (@JaneDoeNews) March 9, 2023")
        #expect(posted.first?.target == .review(ReviewID(2)))
        #expect(Set(late.map(\.score)) == Set(early.map(\.score)) && late.allSatisfy { $0.relation == .same })
    }

    @Test func aCheckedClaimIsDatedByWhenItWasMadeBeforeWhenItWasChecked() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("c.db"), clock: .fixed(Date(timeIntervalSince1970: 1_767_225_600)))
        // Review 1 checked, in 2023, a claim made on 1 June 2019; review 2 was published on 10 June 2019.
        _ = try store.importReviews([
            ReviewDraft(url: "https://checks.example.org/r/1", claimReviewed: Self.statement, published: "2023-03-10", claimDate: "2019-06-01", json: "{}"),
            ReviewDraft(url: "https://checks.example.org/r/2", claimReviewed: Self.statement, published: "2019-06-10", json: "{}"),
        ], editor: "t")
        let found = try ClaimMatcher(store: store).matches(for: Self.statement, published: "2019-06-01")
        #expect(found.map(\.target) == [.review(ReviewID(1)), .review(ReviewID(2))], "\(found)")
    }

    @Test func theSameStatementIsNeverLeftOutForRelatedOnesCloserInTime() throws {
        let folder = TemporaryDirectory()
        // Six short statements on the subject (never more than related), all published the day of the text; the
        // same statement checked years before.
        let short = (1...6).map { ("Governor Smith school budget cut \($0 == 1 ? "" : "again ")claim \($0)", Optional("2024-05-01")) }
        var settings = ClaimMatcher.Settings()
        settings.timeWeight = 10
        let matcher = ClaimMatcher(store: try store(folder, short + [(Self.statement, "2019-06-02")]), settings: settings)
        let ranked = try matcher.ranked(Self.statement, published: "2024-05-01", limit: 10).filter { $0.score >= settings.relatedThreshold }
        #expect(ranked.filter { $0.relation == .related }.count >= 5, "the test needs five related matches ranked first: \(ranked)")
        #expect(ranked.prefix(5).allSatisfy { $0.relation == .related })
        let shown = try matcher.matches(for: Self.statement, published: "2024-05-01", limit: 5)
        #expect(shown.count == 5)
        #expect(shown.contains { $0.target == .review(ReviewID(7)) && $0.relation == .same }, "\(shown)")
    }

    @Test func aFactCheckOfTheSameStatementIsNeverLeftOutForUncheckedCopies() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("w.db"), clock: .fixed(Date(timeIntervalSince1970: 1_767_225_600)))
        // Six copies of a wire story, published the day of the text, their claims unchecked; a fact-check of the
        // same statement, published years before.
        for copy in 1...6 {
            let body = Self.statement + "\n\nThis copy ran in edition \(copy) of the paper."
            _ = try store.ingest(ArticleDraft(
                metadata: ArticleMetadata(title: "Copy \(copy)", published: "2024-05-01"), body: body, sourcePath: nil,
                claims: ClaimExtractor().extract(from: body)
            ), editor: "t")
        }
        _ = try store.importReviews([ReviewDraft(
            url: "https://checks.example.org/r/1", claimReviewed: Self.statement, rating: ReviewRating(name: "False", value: 1, best: 5, worst: 1, explanation: nil),
            published: "2019-06-10", json: "{}"
        )], editor: "t")
        let matcher = ClaimMatcher(store: store)
        let ranked = try matcher.ranked(Self.statement, published: "2024-05-01", limit: 10)
        #expect(ranked.prefix(5).allSatisfy { $0.target != .review(ReviewID(1)) }, "the test needs the copies ranked first: \(ranked)")
        let shown = try matcher.matches(for: Self.statement, published: "2024-05-01", limit: 5)
        #expect(shown.count == 5)
        #expect(shown.contains { $0.target == .review(ReviewID(1)) && $0.relation == .same && $0.isChecked }, "\(shown)")
    }
}
