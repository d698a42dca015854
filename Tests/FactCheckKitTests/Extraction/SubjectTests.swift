import Testing
@testable import FactCheckKit

/// A sentence that opens with a pronoun or a descriptor is about someone the article named before.
@Suite("Claim subjects")
struct SubjectTests {
    func claim(_ body: String, containing text: String) throws -> ExtractedClaim {
        try #require(ClaimExtractor().extract(from: body).first { $0.text.contains(text) })
    }

    @Test("'She' is the person the article last named in full")
    func pronoun() throws {
        let body = "Mayor Ada Okafor won a second term on Tuesday. She received 49.12 percent of the vote."
        #expect(try claim(body, containing: "She received").subject == "Ada Okafor")
        #expect(try claim(body, containing: "Mayor Ada").subject == nil, "a sentence naming its subject has none")
    }

    @Test("'But she', 'However, he': a linking word before the pronoun leaves it the sentence's subject")
    func pronounAfterLinkingWord() throws {
        let body = "Mayor Ada Okafor won a second term on Tuesday. But she received only 49.12 percent of the vote. "
            + "However, she carried 14 of the 18 wards."
        #expect(try claim(body, containing: "But she received").subject == "Ada Okafor")
        #expect(try claim(body, containing: "However, she carried").subject == "Ada Okafor")
    }

    @Test("a publication or a firm named last is not who 'he' is")
    func publicationIsNoPerson() throws {
        let body = "Councillor Tomas Reyes wants 12 bridges rebuilt, according to Business Insider. "
            + "He said 40 percent of the bridge money is federal."
        #expect(try claim(body, containing: "He said").subject == "Tomas Reyes")
    }

    @Test("a verb opening a question is not part of the name after it")
    func questionVerbNoName() throws {
        let body = "Was Ivo Marsh at the 2 meetings on the budget? \"I was at 1 of them,\" said Marsh."
        #expect(try claim(body, containing: "I was at").speaker == "Ivo Marsh")
    }

    @Test("'He said' is about the person named last, in whatever role")
    func credited() throws {
        let body = "Councillor Tomas Reyes opened the meeting on Monday. He said 40 percent of the $12 million bridge is federal money."
        #expect(try claim(body, containing: "He said").subject == "Tomas Reyes")
    }

    @Test("'The company' is the organisation the article named")
    func descriptor() throws {
        let body = "Harbourline Ferries Ltd. reported a loss of $3 million for the year. The company carried 812,000 passengers in 2025."
        #expect(try claim(body, containing: "The company carried").subject == "Harbourline Ferries Ltd")
    }

    @Test("no one to resolve to: no subject")
    func nothingNamed() throws {
        #expect(try claim("She received 49.12 percent of the vote.", containing: "She").subject == nil)
        #expect(try claim("The company carried 812,000 passengers in 2025.", containing: "company").subject == nil)
    }

    @Test("someone already called 'he' is not the next 'she'; inside a quote no pronoun is resolved")
    func pronounsKeepTheirPerson() throws {
        let body = "Dr. Pavel Novak leads the survey. He says 30 percent of wells are dry. She says 12 villages have no water."
        #expect(try claim(body, containing: "He says").subject == "Pavel Novak")
        #expect(try claim(body, containing: "She says").subject == nil)
        let quoted = "Curator Lena Holm spoke. \u{201C}He painted 400 portraits. He sold 12 of them.\u{201D}"
        #expect(try claim(quoted, containing: "He sold").subject == nil)
    }

    @Test("'The group whose ...' is a noun phrase going on, not a subject")
    func descriptorGoingOn() throws {
        let body = "Harbourline Ferries Ltd. reported a loss of $3 million. The agency whose 40 inspectors checked the ships said little."
        #expect(try claim(body, containing: "The agency whose").subject == nil)
    }

    @Test("a name after the sentence's opening word is still the name: 'For Kevin Allton, ...'")
    func nameAfterOpener() throws {
        let body = "Curator Lena Holm chose 40 prints. For Tomas Reyes, a teacher at the school, the show was a first. He said 300 pupils came."
        #expect(try claim(body, containing: "He said").subject == "Tomas Reyes")
    }
}
