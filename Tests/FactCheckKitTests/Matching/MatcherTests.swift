import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct MatchTextTests {
    @Test func urlsAreDroppedAndHandlesAndHashtagsSplit() {
        let text = MatchText("Thank you @JoeBiden for #StopTheSteal https://t.co/abc123 pic.twitter.com/xyz")
        #expect(text.terms == ["thank", "joe", "biden", "stop", "steal"])
    }

    @Test func handlesInBracketsOrAfterADotAreSplitToo() {
        let text = MatchText(".@JaneDoe wrote to (@CityCouncil) about #RoadRepairs")
        #expect(text.terms == ["jane", "doe", "wrote", "city", "council", "road", "repairs"])
    }

    @Test func aPastedPostsSignatureLineIsHeldApart() {
        let text = MatchText("The new bridge will open to cars in May. — Jane Doe (@JaneDoeNews) March 3, 2016")
        #expect(text.signatureTerms == ["jane", "doe", "news", "march", "3", "2016"])
        #expect(!text.signatureTerms.contains("bridge"))
        #expect(text.wordCount == 9, "the signature line is not part of what the post claims")
        #expect(text.figures.isEmpty, "the posting date is not a figure of the claim")
        let plain = MatchText("The mayor — who took office in 2020 — opened the bridge.")
        #expect(plain.signatureTerms.isEmpty, "a dash inside a sentence is no signature")
    }

    @Test func wordsFoldToTheIndexFormWhetherASCIIOrNot() {
        #expect(MatchText.fold("BRIDGE") == "bridge")
        #expect(MatchText.fold("Zürich") == "zurich")
        #expect(MatchText("Officials in Zürich’s CANTON said it’s closed").terms == ["officials", "zurich", "canton", "closed"])
        #expect(MatchFigure.figures(in: "The bridge cost three million dollars").map(\.value) == [3_000_000])
    }

    @Test func camelCaseSplitsAtCaseAndDigitEdges() {
        #expect(MatchText.splitCamelCase("COVIDVaccine2021") == "COVID Vaccine 2021")
        #expect(MatchText.splitCamelCase("stop_the_steal") == "stop the steal")
    }

    @Test func percentWrittenAnyWayIsOneFigure() {
        let forms = ["Crime fell 73 % last year.", "Crime fell 73 percent last year.", "Crime fell 73 per cent last year."]
        let figures = forms.map { MatchFigure.figures(in: $0) }
        for pair in zip(figures, figures.dropFirst()) {
            #expect(FigureComparison(earlier: pair.0, later: pair.1) == .agree, "\(pair)")
        }
    }

    @Test func changedValueScaleAndYearAreReportedFromTo() {
        func compare(_ a: String, _ b: String) -> FigureComparison {
            FigureComparison(earlier: MatchFigure.figures(in: a), later: MatchFigure.figures(in: b))
        }
        #expect(compare("Homicides fell 13 percent in 2023.", "Homicides fell 11.6 percent in 2023.")
            == .changed([FigureChange(from: "13 percent", to: "11.6 percent")]))
        #expect(compare("The city spent $5 million on roads.", "The city spent $5 billion on roads.")
            == .changed([FigureChange(from: "$5 million", to: "$5 billion")]))
        #expect(compare("Homicides fell 13 percent in 2022.", "Homicides fell 13 percent in 2023.")
            == .changed([FigureChange(from: "2022", to: "2023")]))
        #expect(compare("The bridge carries 1,000 cars a day.", "The bridge carries 1000 cars a day.") == .agree)
    }

    @Test func numbersAreFiguresNotWords() {
        let a = MatchText("Homicides fell 13 percent in 2023 across three cities.")
        #expect(!a.stems.contains("13") && !a.stems.contains("2023") && !a.stems.contains("three") && !a.stems.contains("percent"))
        #expect(a.terms.contains("13"), "numbers still help find candidates")
    }
}

@Suite struct ClaimMatcherTests {
    /// A store with one article of claims and an imported review.
    private func store(_ folder: TemporaryDirectory) throws -> FactCheckStore {
        let store = try FactCheckStore(path: folder.file("m.db"), clock: .fixed(Date(timeIntervalSince1970: 1_767_225_600)))
        let body = """
            Backpage is involved in 73 percent of the child trafficking reports that the national center receives from the public.

            The mayor opened the new library on Elm Street on a sunny Saturday morning in front of a small crowd.
            """
        _ = try store.ingest(ArticleDraft(metadata: ArticleMetadata(title: "First"), body: body, sourcePath: nil,
                                          claims: ClaimExtractor().extract(from: body)), editor: "t")
        _ = try store.importReviews([ReviewDraft(
            url: "https://checks.example.org/r/1",
            claimReviewed: "Governor Smith cut the state's school budget by 12 percent in 2019 despite promising to raise it.",
            rating: ReviewRating(name: "False", value: 1, best: 5, worst: 1, explanation: nil), json: "{}"
        )], editor: "t")
        return store
    }

    @Test func theSameStatementIsSameAndAChangedFigureIsChanged() throws {
        let folder = TemporaryDirectory()
        let matcher = ClaimMatcher(store: try store(folder))
        let same = try matcher.matches(for: "Backpage is involved in 73 per cent of child trafficking reports the national center receives from the public.")
        #expect(same.first?.relation == .same, "\(same)")
        let changed = try matcher.matches(for: "Backpage is involved in 75 percent of child trafficking reports the national center receives from the public.")
        #expect(changed.first?.relation == .changed, "\(changed)")
        #expect(changed.first?.changes == [FigureChange(from: "73 percent", to: "75 percent")])
        #expect(changed.first?.reason.contains("73 percent → 75 percent") == true)
    }

    @Test func aReviewIsFoundWithItsRating() throws {
        let folder = TemporaryDirectory()
        let matcher = ClaimMatcher(store: try store(folder))
        let found = try matcher.matches(for: "Governor Smith cut the school budget by 12 percent in 2019, despite promising to raise it.")
        #expect(found.first?.target == .review(ReviewID(1)), "\(found)")
        #expect(found.first?.rating == "False")
        #expect(found.first?.relation == .same)
        let otherYear = try matcher.matches(for: "Governor Smith cut the school budget by 12 percent in 2021, despite promising to raise it.")
        #expect(otherYear.first?.relation == .changed, "years are figures: \(otherYear)")
    }

    @Test func aShortClaimIsNeverMoreThanRelated() throws {
        let folder = TemporaryDirectory()
        let matcher = ClaimMatcher(store: try store(folder))
        let found = try matcher.ranked("Backpage trafficking reports 73 percent.")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.relation == .related }, "\(found)")
    }

    @Test func anUnrelatedTextHasNoMatch() throws {
        let folder = TemporaryDirectory()
        let matcher = ClaimMatcher(store: try store(folder))
        #expect(try matcher.matches(for: "Volcanic ash grounded flights across northern Europe for a week in April.").isEmpty)
    }
}
