import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// End-to-end extraction over whole articles: the Boston Herald article the project started from,
/// and the bundled examples.
@Suite struct ArticleExtractionTests {
    private func claim(_ claims: [ExtractedClaim], containing text: String) -> ExtractedClaim? {
        claims.first { $0.text.contains(text) }
    }

    @Test func bostonHeraldArticle() throws {
        guard let url = Paths.shared("corpus/news/boston-herald-backpage-seized.txt") else {
            print("skipped: ../shared/corpus is not here (a fresh clone has no ../shared)")
            return
        }
        let parsed = ArticleParser.parse(try String(contentsOf: url, encoding: .utf8))
        #expect(parsed.metadata.publication == "Boston Herald")
        #expect(parsed.metadata.title == "BACKPAGE SERVERS SEIZED")
        #expect(parsed.metadata.author == "Brian Dowling")
        let claims = ClaimExtractor().extract(from: parsed.body)

        let valuation = try #require(claim(claims, containing: "half a billion dollars"))
        let byText = Dictionary(uniqueKeysWithValues: valuation.quantities.map { ($0.text, $0) })
        #expect(byText["half a billion dollars"]?.value == 500_000_000)
        #expect(byText["half a billion dollars"]?.unit == "USD")
        #expect(byText["97 countries"]?.value == 97)
        #expect(byText["97 countries"]?.unit == "countries")
        #expect(byText["73 percent"]?.value == 73)
        #expect(byText["73 percent"]?.unit == "percent")
        #expect(Set(valuation.kinds).isSuperset(of: [.money, .count, .percentage]))

        let revenue = try #require(claim(claims, containing: "second-largest"))
        #expect(revenue.quantities.map(\.text) == ["$135 million"])
        #expect(revenue.quantities.first?.value == 135_000_000)
        #expect(revenue.attribution == "The New York Times")
        #expect(revenue.timeReference == "2014")
        #expect(revenue.kinds.contains(.ranking))
        #expect(revenue.score >= 0.9)
        // The most check-worthy claim of the article is a statistic with a source, not a quote.
        #expect(claims.max { $0.score < $1.score }?.text == revenue.text)

        let quote = try #require(claim(claims, containing: "long time coming,” said"))
        #expect(quote.speaker == "Cherie Jimenez")
        #expect(claim(claims, containing: "This happened because")?.speaker == "Cherie Jimenez")
        #expect(claim(claims, containing: "The majority of women")?.speaker == "Cherie Jimenez")

        // The pull quote repeats the body: one claim, not two. Residue never becomes a claim.
        #expect(claims.filter { $0.text.contains("This sends a clear message") }.count == 1)
        #expect(!claims.contains { $0.text.contains("??") || $0.text.contains("PHOTO") || $0.text.contains("Newspapers") })
    }

    @Test func bundledExamples() throws {
        let bridge = ArticleParser.parse(
            try String(contentsOf: Paths.examples.appendingPathComponent("articles/harbor-bridge-budget.txt"), encoding: .utf8)
        )
        #expect(bridge.metadata.publication == "Millbrook Gazette")
        #expect(bridge.metadata.author == "Dana Okafor")
        #expect(bridge.metadata.published == "2024-03-14")
        let claims = ClaimExtractor().extract(from: bridge.body)
        let cost = try #require(claim(claims, containing: "$212 million"))
        #expect(cost.quantities.map(\.value) == [212_000_000, 48_000_000])
        #expect(cost.quantities[1].qualifier == "nearly")
        #expect(claim(claims, containing: "18 percent")?.speaker == "Maria Delgado")
        #expect(claim(claims, containing: "busiest bridge")?.speaker == "Tom Reyes")
        #expect(claim(claims, containing: "Every week of delay")?.speaker == "Tom Reyes")

        let clinics = ArticleParser.parse(
            try String(contentsOf: Paths.examples.appendingPathComponent("articles/clinic-wait-times.md"), encoding: .utf8)
        )
        #expect(clinics.metadata.title == "Rural clinics see longest wait times in a decade")
        #expect(clinics.metadata.url == "https://example.org/news/rural-clinic-wait-times")
        let clinicClaims = ClaimExtractor().extract(from: clinics.body)
        #expect(claim(clinicClaims, containing: "€25 million")?.quantities.first?.unit == "EUR")
        #expect(claim(clinicClaims, containing: "two doctors")?.speaker == "Samuel Whitfield")
        // The question and the opinion are not claims.
        #expect(claim(clinicClaims, containing: "deserve better") == nil)
    }

    @Test func sentencesSurviveAbbreviationsDecimalsAndQuotes() {
        let text = "Mr. Smith paid $1.5 million for the U.S. rights. The deal closed in Washington D.C. on Friday. "
            + "“It’s done,” he said. Backpage.com was seized. She asked: “Why?” Nobody answered."
        let sentences = ClaimExtractor().sentences(in: text).map(\.text)
        #expect(sentences == [
            "Mr. Smith paid $1.5 million for the U.S. rights.",
            "The deal closed in Washington D.C. on Friday.",
            "“It’s done,” he said.",
            "Backpage.com was seized.",
            "She asked: “Why?”",
            "Nobody answered.",
        ])
    }

    @Test func offsetsPointAtTheSentenceInTheBody() {
        let body = "Café prices rose 12 percent in 2023.\n\nThe city said 40 cafés closed."
        for claim in ClaimExtractor().extract(from: body) {
            let bytes = Array(body.utf8)[claim.startOffset..<claim.endOffset]
            #expect(String(decoding: bytes, as: UTF8.self) == claim.text)
        }
    }
}
