import Testing
@testable import FactCheckKit

@Suite("Quantities")
struct QuantityTests {
    @Test("money with scale words and abbreviations, normalised to ISO 4217", arguments: [
        ("The port spent $135 million on cranes.", 135_000_000.0, "USD"),
        ("The grant rose to 1.2bn euros this spring.", 1_200_000_000, "EUR"),
        ("The club paid £3.4m for the striker.", 3_400_000, "GBP"),
        ("The startup was valued at half a billion dollars.", 500_000_000, "USD"),
        ("The loan was worth US$40 million to the province.", 40_000_000, "USD"),
        ("The contract is for USD 25,000,000 over four years.", 25_000_000, "USD"),
        ("The museum raised 2 million euros from donors.", 2_000_000, "EUR"),
        ("Tickets cost 50 cents more than last season.", 0.5, "USD"),
        ("The fine was 10,000 swiss francs for the club.", 10_000, "CHF"),
    ])
    func money(sentence: String, value: Double, code: String) throws {
        let money = quantities(in: sentence).filter { $0.kind == .money }
        #expect(money.count == 1)
        let first = try #require(money.first)
        #expect(abs(first.value - value) < 1e-6 * value)
        #expect(first.unit == code)
    }

    @Test("percentages written three ways", arguments: [
        ("Turnout reached 73 percent in the county.", 73.0),
        ("Inflation was 7.5 per cent in the quarter.", 7.5),
        ("Exports grew 31% in the year.", 31),
        ("Nearly twenty percent of voters stayed home.", 20),
    ])
    func percentages(sentence: String, value: Double) throws {
        let found = try #require(quantities(in: sentence).first { $0.kind == .percentage })
        #expect(found.value == value)
        #expect(found.unit == "percent")
    }

    @Test("fractions and ratios", arguments: [
        ("Two-thirds of the members voted for the plan.", 2.0 / 3),
        ("One in five residents lacks broadband.", 0.2),
        ("Nine tenths of the forest burned.", 0.9),
        ("A quarter of the budget goes to roads.", 0.25),
    ])
    func fractions(sentence: String, value: Double) throws {
        let found = try #require(quantities(in: sentence).first)
        #expect(abs(found.value - value) < 1e-9)
    }

    @Test("numbers in words", arguments: [
        ("Fifteen thousand runners crossed the bridge.", 15_000.0),
        ("Twelve hundred homes lost power overnight.", 1_200),
        ("The council hired two hundred and fifty teachers.", 250),
        ("The region has one and a half million residents.", 1_500_000),
        ("The fund reached 3 million and a half by June.", 3_500_000),
    ])
    func wordNumbers(sentence: String, value: Double) throws {
        let found = try #require(quantities(in: sentence).first)
        #expect(found.value == value)
    }

    @Test("change after the main unit, but not a range", arguments: [
        ("The ticket cost 3 dollars 50 cents at the gate.", [3.5]),
        ("The fare was thirteen dollars and forty-five cents.", [13.45]),
        ("Seats sold for between $20 and 30.", [20.0, 30.0]),
    ])
    func change(sentence: String, values: [Double]) {
        let money = quantities(in: sentence).filter { $0.kind == .money }.map(\.value)
        #expect(money == values)
    }

    @Test("counts carry the counted thing")
    func counts() throws {
        let found = quantities(in: "The network operated in 97 countries and employed 1,204 people.")
        #expect(found.map(\.unit) == ["countries", "people"])
        #expect(found.map(\.value) == [97, 1_204])
        #expect(found.allSatisfy { $0.kind == .count })
    }

    @Test("qualifiers that change the claim", arguments: [
        ("More than 300 families were evacuated.", "more than"),
        ("Nearly 40 percent of the wells ran dry.", "nearly"),
        ("At least 12 people were injured.", "at least"),
        ("About 5,000 fans waited outside.", "about"),
        ("Over 90 ships were delayed.", "over"),
    ])
    func qualifiers(sentence: String, qualifier: String) throws {
        let found = try #require(quantities(in: sentence).first)
        #expect(found.qualifier == qualifier)
    }

    @Test("a year is a time, not a quantity")
    func yearsAreTimes() throws {
        let claim = try #require(onlyClaim("The bridge carried 40,000 cars a day in 2014."))
        #expect(claim.quantities.map(\.value) == [40_000])
        #expect(claim.timeReference == "2014")
    }

    @Test("figures the evaluation reads: signs, digit fractions, grouped digits, decimals in words", arguments: [
        ("The reading fell to -4 overnight.", -4.0),
        ("Roughly 3/4 of the seats were filled.", 0.75),
        ("The census counted 1 234 567 residents.", 1_234_567),
        ("The gauge read two point five on the scale.", 2.5),
        ("The fund holds 10k in reserve.", 10_000),
        ("She carried one and a half loads.", 1.5),
    ])
    func figures(sentence: String, value: Double) throws {
        let figures = QuantityScanner.scan(Tokenizer.tokens(sentence), sentence: sentence).figures
        #expect(figures.contains { abs($0.value - value) < 1e-9 })
    }
}
