import Testing
@testable import FactCheckKit

@Suite("Times, comparisons and rankings")
struct TimeAndComparisonTests {
    @Test("time references are stored on the claim", arguments: [
        ("Rainfall averaged 31 inches from 1980 to 2012.", "from 1980 to 2012"),
        ("The agency hired 40 inspectors last year.", "last year"),
        ("The plant closed on July 21, 2017 after 30 years.", "July 21, 2017"),
    ])
    func times(sentence: String, time: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.timeReference?.hasSuffix(time) == true)
        #expect(claim.kinds.contains(.date))
    }

    @Test("a claim keeps every time it names, in order; the first is its time reference", arguments: [
        ("Landfill use fell 9 percent from 2007 to 2008 and must halve by 2030.", ["from 2007 to 2008", "2030"]),
        ("The mill employed 3,000 people in the 1960s and 400 in 2019.", ["1960s", "2019"]),
        ("Prices rose 4 percent between February and March 2022, and 2 percent on March 4.", ["February and March 2022", "March 4"]),
    ])
    func severalTimes(sentence: String, times: [String]) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.timeReferences == times)
        #expect(claim.timeReference == times.first)
    }

    @Test("'May' is the month after a word that leads a month, or beside a day or year", arguments: [
        ("Ferry fares rose 6 percent in May.", ["May"]),
        ("By late May, 120 homes had flooded.", ["May"]),
        ("Bookings fell 4 percent between April and May.", ["April", "May"]),
        ("The strike ended on 2 May after 40 days.", ["2 May"]),
        ("After May resigned, 12 ministers quit.", []),
        ("Officials may cut 300 jobs.", []),
    ])
    func monthMay(sentence: String, times: [String]) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.timeReferences == times)
    }

    @Test("a day written before its month is part of the date, and ranks nothing", arguments: [
        ("The strike began on 15 March 2021 and lasted 40 days.", ["15 March 2021"]),
        ("On 3 June, 40 people were arrested.", ["3 June"]),
        ("The law took effect on the 1st of July, and 40 shops closed.", ["1st of July"]),
        ("The 21st July 2019 count found 40 nests.", ["21st July 2019"]),
    ])
    func dayBeforeMonth(sentence: String, times: [String]) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.timeReferences == times)
        #expect(!claim.kinds.contains(.ranking))
        #expect(claim.quantities.count == 1)
    }

    @Test("changes are comparisons", arguments: [
        "Ridership fell 12 percent in the spring.",
        "The number of shelters rose to 310, up from 289.",
        "The cost of the program doubled.",
        "The agency expects the jobless rate to climb to 6.1 percent by spring.",
        "Enrolment grows about 3 percent a year.",
    ])
    func changes(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.kinds.contains(.comparison))
    }

    @Test("an amount denied as enough for a need is a comparison", arguments: [
        "There are not enough beds to treat the patients who arrive each night.",
        "The county doesn't have enough snowplows for its roads.",
        "Officials said the district lacked enough teachers to open two schools.",
    ])
    func shortfalls(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.kinds.contains(.comparison))
    }

    @Test("a present form of a verb of change compares only beside a figure", arguments: [
        "The firm defended its surge pricing during the storm.",
        "The children grow up in the valley and rarely leave.",
    ])
    func changeVerbsAlone(sentence: String) {
        #expect(onlyClaim(sentence)?.kinds.contains(.comparison) != true)
    }

    @Test("'enough' with no counted thing is no comparison", arguments: [
        "The mayor says she has had enough of the council's delays.",
        "It is not enough just to publish the figures, critics say.",
        "Her lead was not enough to win the nomination outright, officials said.",
    ])
    func notShortfalls(sentence: String) {
        #expect(onlyClaim(sentence)?.kinds.contains(.comparison) != true)
    }

    @Test("superlatives and ordinals are rankings", arguments: [
        "It is the world's second-largest port after Shanghai.",
        "The storm was the deadliest in the state's history.",
    ])
    func rankings(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.kinds.contains(.ranking))
    }
}
