import Testing
@testable import FactCheckKit

@Suite("Values exactly as written")
struct ExactValueTests {
    @Test("decimal figures with scales keep the article's digits", arguments: [
        ("The county borrowed $4.1 billion for the tunnel.", 4_100_000_000.0),
        ("Prices rose 1.7 percent in the month.", 1.7),
        ("The harbour handled 1.14 million containers last year.", 1_140_000),
        ("The fund lost $0.3 billion on the deal.", 300_000_000),
        ("The club paid £2.3m for the striker.", 2_300_000),
    ])
    func exact(sentence: String, value: Double) throws {
        let found = try #require(quantities(in: sentence).first)
        #expect(found.value == value)
    }

    @Test("cents are exact hundredths")
    func cents() throws {
        let found = try #require(quantities(in: "A stamp costs 45 cents now.").first)
        #expect(found.value == 0.45)
    }
}
