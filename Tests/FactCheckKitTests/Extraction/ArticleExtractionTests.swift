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

    static let herald = "corpus/news/boston-herald-backpage-seized.txt"

    /// The figures, sources and pull quote are pinned in `BostonHeraldTests`; this pins the header,
    /// the speakers carried across sentences, and the order an editor sees.
    @Test(.enabled(if: Paths.shared(herald) != nil, "needs ../shared/corpus/news (a fresh clone has no ../shared)"))
    func bostonHeraldHeaderSpeakersAndOrder() throws {
        let parsed = ArticleParser.parse(try String(contentsOf: try #require(Paths.shared(Self.herald)), encoding: .utf8))
        #expect(parsed.metadata.publication == "Boston Herald")
        #expect(parsed.metadata.title == "BACKPAGE SERVERS SEIZED")
        #expect(parsed.metadata.author == "Brian Dowling")
        #expect(parsed.body.hasPrefix("The Department of Justice seized"))
        let claims = ClaimExtractor().extract(from: parsed.body)
        // A quote that goes on in the next sentence, and "she said", keep the speaker named before.
        #expect(claim(claims, containing: "This happened because")?.speaker == "Cherie Jimenez")
        #expect(claim(claims, containing: "The majority of women")?.speaker == "Cherie Jimenez")
        // The most check-worthy claim is the sourced statistic, not a quote.
        #expect(claims.max { $0.score < $1.score }?.text.contains("$135 million") == true)
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

    @Test("an ordinal's or a figure's ending before a stop ends the sentence; a saint's 'St.' does not")
    func ordinalBeforeStop() {
        let text = "The vote was held on March 1st. Turnout was 40 percent. The screen shows 4K. Prices start at 300 dollars. "
            + "The fair at St. Ives drew 900 people."
        #expect(ClaimExtractor().sentences(in: text).map(\.text) == [
            "The vote was held on March 1st.",
            "Turnout was 40 percent.",
            "The screen shows 4K.",
            "Prices start at 300 dollars.",
            "The fair at St. Ives drew 900 people.",
        ])
    }

    @Test("a bracket opening on a figure or a lower-case word after a stop is an aside, not a new sentence")
    func asideAfterAbbreviation() {
        let text = "Growth was led by Marion County, Fla. (6.1 percent) and Polk County, Ore. (5 percent). "
            + "Acme Inc. (up 3 percent) led the index. The plant closed. (Its staff moved to Ohio.)"
        #expect(ClaimExtractor().sentences(in: text).map(\.text) == [
            "Growth was led by Marion County, Fla. (6.1 percent) and Polk County, Ore. (5 percent).",
            "Acme Inc. (up 3 percent) led the index.",
            "The plant closed.",
            "(Its staff moved to Ohio.)",
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
