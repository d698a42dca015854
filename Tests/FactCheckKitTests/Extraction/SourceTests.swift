import Testing
@testable import FactCheckKit

@Suite("Attributions and quotes")
struct SourceTests {
    @Test("the source a fact leans on", arguments: [
        ("Revenue reached $40 million, according to The Wall Street Journal.", "The Wall Street Journal"),
        ("Forty people were detained, the Saudi Interior Ministry said.", "the Saudi Interior Ministry"),
    ])
    func attributions(sentence: String, source: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.attribution == source)
        #expect(claim.kinds.contains(.attribution))
    }

    @Test("a quote split around the speaker, with the full name given earlier")
    func splitQuote() throws {
        let text = """
            Maria Jimenez runs the shelter on Elm Street.

            “We turned away forty families,” Jimenez said, “and the winter has not started.”
            """
        let quotes = ClaimExtractor().extract(from: text).filter { $0.kinds.contains(.quote) }
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == "Maria Jimenez")
    }

    @Test("speaker named before the quote, straight quotes")
    func speakerBefore() throws {
        let text = #"Mayor Tom Reyes told reporters: "The bridge will reopen in March after the repairs.""#
        let claim = try #require(ClaimExtractor().extract(from: text).first { $0.kinds.contains(.quote) })
        #expect(claim.speaker == "Tom Reyes")
    }

    @Test("a quote running over two sentences keeps its speaker")
    func multiSentenceQuote() throws {
        let text = """
            Ana Ruiz directs the clinic.

            “We saw 400 patients in May. Most of them had waited a month,” said Ruiz.
            """
        let quotes = ClaimExtractor().extract(from: text).filter { $0.kinds.contains(.quote) }
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker == "Ana Ruiz" })
    }
}

@Suite("Speakers around an appositive")
struct AppositiveSpeakerTests {
    @Test("the name before an appositive, the verb before the quote")
    func nameBeforeAppositive() throws {
        let text = #"Lena Ortiz, the harbour master, said, "Three ships ran aground in the fog last night.""#
        let claim = try #require(ClaimExtractor().extract(from: text).first { $0.kinds.contains(.quote) })
        #expect(claim.speaker == "Lena Ortiz")
    }

    @Test("the name and an appositive after the quote")
    func appositiveAfterQuote() throws {
        let text = "“The pumps failed twice before the storm,” Omar Haddad, a city engineer, said."
        let claim = try #require(ClaimExtractor().extract(from: text).first { $0.kinds.contains(.quote) })
        #expect(claim.speaker == "Omar Haddad")
    }

    @Test("a quote credited with according to")
    func accordingToAfterQuote() throws {
        let text = "The river was “higher than at any time since records began”, according to the Flood Agency."
        let claim = try #require(onlyClaim(text))
        #expect(claim.speaker == "the Flood Agency")
        #expect(claim.attribution == "the Flood Agency")
    }
}
