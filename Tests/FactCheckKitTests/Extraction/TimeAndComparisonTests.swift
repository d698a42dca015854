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

    @Test("changes are comparisons", arguments: [
        "Ridership fell 12 percent in the spring.",
        "The number of shelters rose to 310, up from 289.",
        "The cost of the program doubled.",
    ])
    func changes(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.kinds.contains(.comparison))
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
