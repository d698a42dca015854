import Testing
@testable import FactCheckKit

/// Irregular past-tense verbs report events, and a forecast someone is credited with is a matter of record.
@Suite("Check-worthiness: events and forecasts")
struct EventAndForecastTests {
    func reasons(_ sentence: String) -> [CheckWorthinessReason] {
        ClaimExtractor().reading(of: sentence).reasons
    }

    @Test("an irregular past-tense verb reports an event, as an -ed verb does")
    func irregularPast() {
        #expect(reasons("The harbour ferry set a new mark of 4,210 riders on Sunday.").contains(.event))
        #expect(reasons("Ticket sales at the county fair fell 12 percent this summer.").contains(.event))
        #expect(reasons("The co-op sold 3,000 bags of grain to the mill.").contains(.event))
        #expect(!reasons("The co-op has 3,000 bags of grain for the mill.").contains(.event))
    }

    @Test("the same spelling after a pronoun of the speaker, 'to' or an auxiliary is no event")
    func notPast() {
        #expect(!reasons("Somehow we've lost 3 of our best players.").contains(.event))
        #expect(!reasons("The board wants to set 4 new rules for parking.").contains(.event))
        #expect(!reasons("The ferry did not beat its 2019 total.").contains(.event))
        #expect(!reasons("I fought for 12 years for this road.").contains(.event))
    }

    @Test("where a thing is located is a state, not an event")
    func placeStates() {
        #expect(!reasons("Twelve of the 40 plants are located in the north of the state.").contains(.event))
        #expect(!reasons("The 300-member co-op is based in Duluth, Minn.").contains(.event))
        #expect(reasons("The 300-member co-op relocated to Duluth, Minn.").contains(.event))
    }

    @Test("a forecast told in the past or credited by name is not the writer's prediction")
    func creditedForecasts() {
        #expect(!reasons("The council had projected a shortfall of 4.2 percent for the year.").contains(.prediction))
        #expect(!reasons("The port authority predicts 40 to 55 ships will dock this season.").contains(.prediction))
        #expect(!reasons("Forecasters predict 9 storms will reach the coast by October.").contains(.prediction))
        #expect(!reasons("Analysts expect sales of 2 million units in the spring.").contains(.prediction))
        // Still predictions: the writer's own, or a pronoun's.
        #expect(reasons("Ticket prices will rise 8 percent next year.").contains(.prediction))
        #expect(reasons("We expect 9 storms will reach the coast by October.").contains(.prediction))
    }

    @Test("'Will' before a capitalised word is a name, not the future")
    func willAsName() {
        #expect(!reasons("Will Okoro escaped the flood with his family of five.").contains(.prediction))
        #expect(reasons("Will the council find 5 million dollars for the bridge?").contains(.question))
    }
}

/// A capital that opens a sentence proves nothing on its own ("Thousands", "Witnesses"), but when it is part of the
/// full name of the sentence's source or speaker, the sentence names someone.
@Suite("Check-worthiness: a source named first")
struct OpeningNameTests {
    func claims(_ article: String) -> [ExtractedClaim] {
        ClaimExtractor().extract(from: article)
    }

    @Test("a surname that opens the sentence, of a source named in full before, is a name")
    func surnameFirst() throws {
        let found = claims("""
            The ferry line is run by Ada Lindqvist of the harbour board.

            Lindqvist says it's 312 million litres of fuel a year.
            """)
        let claim = try #require(found.first { $0.text.hasPrefix("Lindqvist says") })
        #expect(claim.attribution == "Ada Lindqvist")
        #expect(claim.reasons.contains(.namesEntity))
    }

    @Test("an opening capital credited as a one-word or common source is not a name")
    func plainOpening() {
        let reasons = { (sentence: String) in ClaimExtractor().reading(of: sentence).reasons }
        #expect(!reasons("Witnesses said 4 passengers had broken bones.").contains(.namesEntity))
        #expect(!reasons("The report says 12 percent of the salt had no iodine.").contains(.namesEntity))
        #expect(!reasons("Thousands of riders took the ferry on 4 days.").contains(.namesEntity))
    }
}

/// A figure someone moved ("revised", "lowered", "raised") compares its old and new values, as "increased" does.
@Suite("Check-worthiness: figures moved by someone")
struct MovedFigureTests {
    func reading(_ sentence: String) -> ExtractedClaim {
        ClaimExtractor().reading(of: sentence)
    }

    @Test("revised, lowered, raised and trimmed figures are comparisons")
    func movedFigures() {
        for sentence in [
            "The harbour board had put the shortfall at 4.1% and it has now been revised to 4.4%.",
            "The port lowered its fee for ferries to 12 dollars.",
            "The council raised the parking charge to 3 pounds an hour.",
            "The mill trimmed its workforce by 40 people.",
        ] {
            let claim = reading(sentence)
            #expect(claim.kinds.contains(.comparison), "\(sentence)")
            #expect(claim.reasons.contains(.ranks), "\(sentence)")
        }
    }

    @Test("a figure merely stated is no comparison, nor is a verb of moving with no figure beside it")
    func statedFigure() {
        #expect(!reading("The harbour board put the shortfall at 4.1% this year.").kinds.contains(.comparison))
        // Not a claim at all: nothing in it but the verb, and it moves no figure.
        #expect(ClaimExtractor().extract(from: "Ferry riders raised concerns about the way the timetable was handled.").isEmpty)
        #expect(!reading("Divers narrowed the search to the north pier.").kinds.contains(.comparison))
    }
}
