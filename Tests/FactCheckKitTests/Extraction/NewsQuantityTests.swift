import Testing
@testable import FactCheckKit

/// Figures as real news writes them: each case is a cause seen in pasted articles, in our own words.
@Suite("Quantities in real news")
struct NewsQuantityTests {
    private func find(_ sentence: String, _ value: Double) -> Quantity? {
        quantities(in: sentence).first { abs($0.value - value) <= 1e-9 * max(1, abs(value)) }
    }

    @Test("an ordinal naming a floor, grade or century is a figure that ranks nothing", arguments: [
        ("Smoke filled the fourth and fifth floor of the tower.", [4.0, 5.0]),
        ("The fire started on the 3rd floor.", [3.0]),
        ("Pupils in second grade read 20 minutes a day.", [2.0, 20.0]),
        ("Lind scored in the 20th minute before 30,000 fans.", [20.0]),
        ("The car crashed on the ninth lap, with 40 laps to go.", [9.0]),
    ])
    func placeLabels(sentence: String, values: [Double]) throws {
        for value in values { #expect(find(sentence, value) != nil, "\(value) is kept") }
        let claim = try #require(onlyClaim(sentence))
        #expect(!claim.kinds.contains(.ranking))
        let ranked = try #require(onlyClaim("Fresno is the fifth largest city in the state."))
        #expect(ranked.kinds.contains(.ranking))
    }

    @Test("a count takes its noun from where the sentence names it", arguments: [
        ("The number of burglaries in the county rose to 3,210 last year.", 3_210.0, "burglaries"),
        ("Police recorded 310 robberies, up from 280 a year before.", 280, "robberies"),
        ("Forecasters expect between 12 and 20 tropical storms this year.", 12, "storms"),
        ("Only 31 of the county's 45 schools met the standard.", 31, "schools"),
        ("The league honoured his 18 NBA seasons on Friday.", 18, "seasons"),
        ("The tunnel serves towns of a million or more residents.", 1_000_000, "residents"),
        ("The fund paid for 2,000 newly trained nursing assistants.", 2_000, "assistants"),
        ("The governing party holds 61 of the regional assembly’s 101 seats.", 61, "seats"),
        ("Two off-duty police officers were hurt.", 2, "officers"),
        ("The clinic hired 40 staff members this year.", 40, "members"),
        ("The poll reached 3,000 DevOps engineers.", 3_000, "engineers"),
        ("The bridge is two-hundred years old.", 200, "years"),
        ("The village has three-thousand residents.", 3_000, "residents"),
        ("The survey recorded 412 species in 38 genera.", 412, "species"),
        ("The survey recorded 412 species in 38 genera.", 38, "genera"),
    ])
    func countedNouns(sentence: String, value: Double, noun: String) throws {
        let found = try #require(find(sentence, value))
        #expect(found.kind == .count)
        #expect(found.unit == noun)
    }

    @Test("a bare figure after a count in the sentence before counts the same thing")
    func nounFromPreviousSentence() throws {
        let claims = ClaimExtractor().extract(from: "The shelter took in 4,400 families in May. A further 1.2 million are waiting.")
        let waiting = try #require(claims.last?.quantities.first)
        #expect(waiting.value == 1_200_000)
        #expect(waiting.unit == "families")
    }

    @Test("figures after a word of age are ages in years, both ends of a range", arguments: [
        ("The survey counted 4,000 workers between the ages of 25 and 54 in 2019.", [4_000, 25, 54], ["workers", "years", "years"]),
        ("Of 300 adults aged 18 to 24, 40 percent voted.", [300, 18, 24, 40], ["adults", "years", "years", "percent"]),
        ("Children between ages two and four were given 3 tests.", [2, 4, 3], ["years", "years", "tests"]),
    ])
    func ageRanges(sentence: String, values: [Double], units: [String]) {
        let found = quantities(in: sentence)
        #expect(found.map(\.value) == values)
        #expect(found.map(\.unit) == units)
    }

    @Test("'and' joins number words only after hundreds, a scale or tens: 'two and four' are two numbers")
    func andBetweenNumberWords() {
        #expect(quantities(in: "Between two and four people died in the fire.").map(\.text) == ["two", "four people"])
        #expect(quantities(in: "It cost two hundred and four dollars.").map(\.value) == [204])
        #expect(quantities(in: "They found one thousand and five coins.").map(\.value) == [1_005])
    }

    @Test("a dollar sign's currency named by the adjective after the figure", arguments: [
        ("It charged $100 Australian for the ride.", "AUD"),
        ("The tickets cost $50 Canadian each.", "CAD"),
        ("He paid $30 American Express fees.", "USD"),
    ])
    func dollarNationality(sentence: String, code: String) throws {
        let money = try #require(quantities(in: sentence).first)
        #expect(money.unit == code)
        #expect(money.text.hasSuffix("Express fees") == false)
    }

    @Test("a century joined to its noun by a hyphen is a time, not a figure")
    func hyphenatedCentury() throws {
        let claim = try #require(ClaimExtractor().extract(from: "The 19th-century mill had 40 looms.").first)
        #expect(claim.quantities.map(\.value) == [40])
        #expect(claim.timeReferences == ["19th-century"])
    }

    @Test("a year cut to two digits after an apostrophe is a time, not a figure")
    func shortYears() throws {
        let claim = try #require(ClaimExtractor().extract(from: "As in ’91 and in the class of '08, 5 teams won in the ’60s.").first)
        #expect(claim.quantities.map(\.value) == [5])
        #expect(claim.timeReferences == ["’91", "'08", "’60s"])
        #expect(quantities(in: "Fares rose '17% in a year', the report said.").map(\.value) == [17])
    }

    @Test("one unit of time after a qualifier is an amount; a rate, a time ago or a bare 'in a decade' is not")
    func singleTimeUnit() {
        let found = quantities(in: "The ferry shaved almost a minute off the record.")
        #expect(found.map(\.value) == [1])
        #expect(found.first?.unit == "minutes")
        #expect(found.first?.qualifier == "almost")
        #expect(quantities(in: "The yard took more than a decade to build 4 ships.").map(\.unit) == ["decades", "ships"])
        #expect(quantities(in: "It costs $164 a year.").map(\.value) == [164])
        #expect(quantities(in: "Fares were the highest in a decade, at 4 euros.").map(\.value) == [4])
        #expect(quantities(in: "She left about a year ago with 3 friends.").map(\.value) == [3])
    }

    @Test("a share in words before what follows a change is a fraction of no noun: 'fell by a fifth to 221 offences'")
    func shareBeforePreposition() {
        let found = quantities(in: "Ferry thefts fell by a fifth to 221 cases last year.")
        #expect(found.map(\.value) == [0.2, 221])
        #expect(found.first?.unit == nil)
        #expect(quantities(in: "Sales fell by a third in May.").map(\.value) == [1.0 / 3])
        #expect(quantities(in: "It was a third and final try.").allSatisfy { $0.value != 1.0 / 3 })
        // After a sentence ending in a percentage, a share in words stays a share, not "0.33 percent".
        let claims = ClaimExtractor().extract(from: "Turnout was 58 percent. The camp kept a minority larger than a third to block reforms.")
        #expect(claims.last?.quantities.first?.unit == nil)
    }

    @Test("a figure after a group's 'of' counts its members", arguments: [
        ("Ada Okafor fled the flood with her family of six.", "family"),
        ("A crew of 14 worked through the night.", "crew"),
        // Each group's size, not a count of the thing the sentence named before.
        ("Schools from 40 towns sent pupils in groups of three.", "group"),
    ])
    func groupSize(sentence: String, group: String) throws {
        let found = try #require(quantities(in: sentence).last)
        #expect(found.unit == group)
        #expect(found.kind == .count)
    }

    @Test("'more' or 'fewer' between a figure and its plural noun: the noun is what it counts", arguments: [
        ("The clinic hired 12 more nurses in June.", "nurses"),
        ("The city built 40 fewer homes than it planned.", "homes"),
        ("The chemists isolated three more noble gases.", "gases"),
    ])
    func moreOrFewer(sentence: String, noun: String) throws {
        let found = try #require(quantities(in: sentence).first)
        #expect(found.unit == noun)
    }

    @Test("a bare number between commas after a person is their age, not a count of the thing counted before")
    func ages() throws {
        let claims = ClaimExtractor().extract(from: "The shelter took in 4,400 families in May. "
            + "Its director, Ada Okafor, 58, said 12 beds open in June. The mayor, 61, signed 3 orders.")
        #expect(claims[1].quantities.map(\.value) == [58, 12])
        #expect(claims[1].quantities.map(\.unit) == ["years", "beds"])
        #expect(claims[2].quantities.map(\.unit) == ["years", "orders"])
        // A name opening the sentence: "Okafor, 58, said ...".
        #expect(quantities(in: "Okafor, 58, said 12 beds open in June.").first?.unit == "years")
        // Not a place: "In Lagos, 12, 14 and 16 ...", "In Lagos, 12, the ..." are no ages.
        #expect(!quantities(in: "In Lagos, 12, 14 and 16 schools closed.").contains { $0.unit == "years" })
        #expect(!quantities(in: "In Lagos, 12, the city said, were closed.").contains { $0.unit == "years" })
    }

    @Test("measures, abbreviated and hyphenated", arguments: [
        ("Carbon dioxide averaged 421.5 ppm at the station.", 421.5, "ppm"),
        ("Gusts reached 120 mph on the coast.", 120, "mph"),
        ("The reading was 3.1 parts per million above the mark.", 3.1, "ppm"),
        ("A 12-tonne truck hit the barrier.", 12, "tonnes"),
        ("She ran the 42.2-kilometre course twice.", 42.2, "km"),
        ("The town warmed by 2 degrees Celsius.", 2, "degrees Celsius"),
        ("It was a four-year project.", 4, "years"),
        ("The lake lies 300 kilometres (190 mi) north of the port.", 190, "miles"),
        ("The reserve covers 5,400 square kilometres of forest.", 5_400, "square km"),
        ("The reserve covers 5,400 square kilometres (2,100 sq mi) of forest.", 2_100, "square miles"),
        ("The flat measures 850 square feet.", 850, "square feet"),
    ])
    func measures(sentence: String, value: Double, unit: String) throws {
        let found = try #require(find(sentence, value))
        #expect(found.unit == unit)
    }

    @Test("a percent or scale joined by a hyphen")
    func hyphenatedPercentAndScale() throws {
        #expect(find("Output grew at a 2.4-percent rate.", 2.4)?.kind == .percentage)
        let loss = try #require(find("The mill booked a $450-million loss.", 450_000_000))
        #expect(loss.kind == .money)
        #expect(quantities(in: "The mill booked a $450-million loss.").count == 1)
    }

    @Test("race times and durations in parts are seconds")
    func durations() throws {
        #expect(find("She won in 2:05:41 on Sunday.", 7_541)?.unit == "seconds")
        #expect(find("The crossing took 3 hours, 12 minutes in all.", 11_520)?.unit == "seconds")
        #expect(quantities(in: "The train left at 3:30 on Monday.").isEmpty)
    }

    @Test("a time of day is when, and counts nothing, however it is written", arguments: [
        ("The pharmacy opened at 9 a.m. and served 240 patients.", "9 a.m."),
        ("The blaze started at 4am and burned 240 hectares.", "4am"),
        ("Polls closed at 10 pm, after 240 voters had come.", "10 pm"),
        ("Crews worked until 11 P.M. to clear 240 trees.", "11 P.M."),
    ])
    func timeOfDay(sentence: String, time: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.quantities.map(\.value) == [240], "\(claim.quantities)")
        #expect(claim.timeReferences == [time])
        // Still a figure read, so a changed hour is a changed figure.
        #expect(QuantityScanner.scan(sentence).figures.count == 2)
    }

    @Test("a time of day comes after the dates, and ends with its own full stop")
    func timeOfDayAfterDates() throws {
        let claim = try #require(onlyClaim("The clinic opened at 8 a.m. on March 3, 2024, and shut at 6 p.m."))
        #expect(claim.timeReferences == ["March 3, 2024", "8 a.m.", "6 p.m."])
        #expect(claim.quantities.isEmpty)
    }

    @Test("hours in words and ranges of hours are times of day too")
    func timeOfDayInWordsAndRanges() throws {
        let party = try #require(onlyClaim("The guests left at three or four a.m., after 60 toasts."))
        #expect(party.timeReferences == ["three or four a.m."])
        #expect(party.quantities.map(\.value) == [60])
        let desk = try #require(onlyClaim("The desk takes calls from 9 to 11 p.m. and answered 85 of them."))
        #expect(desk.timeReferences == ["9 to 11 p.m."])
        #expect(desk.quantities.map(\.value) == [85])
    }

    @Test("a screen resolution names a format and counts nothing", arguments: [
        "The console plays 40 titles in native 4K.",
        "The console plays 40 titles, some at 1080p.",
        "Its 4K textures fill 40 titles.",
        "Screens between 1,440p and 4K made up 40 titles.",
    ])
    func resolution(sentence: String) {
        #expect(quantities(in: sentence).map(\.value) == [40], "\(quantities(in: sentence))")
    }

    @Test("years, centuries and named ordinals are times and names, not counts")
    func yearsCenturiesAndNames() throws {
        let report = try #require(onlyClaim("A 2019 Annual Report by the port authority listed 12 wrecks."))
        #expect(report.timeReferences == ["2019"])
        #expect(report.quantities.map(\.value) == [12])
        let visit = try #require(onlyClaim("The port did not reopen until 1921 when harbour master Jonas Berg cleared 12 wrecks."))
        #expect(visit.timeReferences == ["1921"])
        #expect(visit.quantities.map(\.value) == [12])
        #expect(onlyClaim("The survey ran in 1769–70 and found 12 wrecks.")?.timeReferences == ["1769–70"])
        let century = try #require(onlyClaim("Trade fell 40 percent during the 19th century and the twentieth century."))
        #expect(century.timeReferences == ["19th century", "twentieth century"])
        #expect(century.quantities.map(\.value) == [40])
        #expect(quantities(in: "After the Second World War, 12 wrecks were cleared under the First Amendment.").map(\.value) == [12])
        // A count that is no year keeps its noun.
        #expect(find("The 1500 Marines left on 12 ships.", 1_500)?.unit == "marines")
    }

    @Test("a range of money with the sign on its first end and the scale on its second", arguments: [
        ("The dam will cost $12-16 million to repair.", 12e6, 16e6, "USD"),
        ("Repairs will cost between £3 and £4bn.", 3e9, 4e9, "GBP"),
        ("The fund holds €4.5–5 billion.", 4.5e9, 5e9, "EUR"),
        ("Tickets cost $3 to 5k each.", 3e3, 5e3, "USD"),
    ])
    func moneyRange(sentence: String, low: Double, high: Double, code: String) {
        let found = quantities(in: sentence)
        #expect(found.map(\.value) == [low, high])
        #expect(found.allSatisfy { $0.unit == code && $0.kind == .money })
    }

    @Test("a range of money that runs down, or figures joined by a bare 'and', keep their own values")
    func moneyNotRange() {
        #expect(quantities(in: "Sales fell from $900 to $1.2 million.").map(\.value) == [900, 1.2e6])
        let tickets = quantities(in: "Seats cost $12 and 16 of them were sold.")
        #expect(tickets.map(\.value) == [12, 16])
        #expect(tickets.last?.unit != "USD")
    }

    @Test("a compound of an irregular plural is what a figure counts, and a count is no year", arguments: [
        ("A survey of 1709 schoolchildren was carried out.", 1_709.0, "schoolchildren"),
        ("Police said 12 gunmen fled.", 12, "gunmen"),
        ("The town hired 40 firemen.", 40, "firemen"),
    ])
    func compoundIrregularPlurals(sentence: String, value: Double, noun: String) {
        #expect(find(sentence, value)?.unit == noun)
    }

    @Test("a currency code against a sign says which currency the sign is", arguments: [
        ("The dam cost CNY¥1.2 billion.", 1.2e9, "CNY"),
        ("Each family got RMB¥12,000.", 12_000, "CNY"),
    ])
    func codeBeforeSign(sentence: String, value: Double, code: String) {
        #expect(find(sentence, value)?.unit == code)
    }

    @Test("a vague amount is never the thing a figure counts")
    func vagueAmountIsNoNoun() {
        #expect(find("The fair opened as hundreds of thousands of people crowded in, and police counted 240,000.", 240_000)?.unit == "people")
    }

    @Test("a bare figure never counts a span of time named before it")
    func noInheritedDuration() {
        #expect(find("The bus caught fire 40 seconds after the crash, killing all six aboard.", 6)?.unit != "seconds")
        #expect(find("Had the flood come four hours earlier, more than a thousand would have died.", 1_000)?.unit != "hours")
    }

    @Test("a singular in -men is no plural")
    func singularInMen() {
        #expect(find("The lab kept 12 specimen jars.", 12)?.unit == "jars")
    }

    @Test("a decade without its century is a time; an age or a temperature in the 80s is not")
    func shortDecades() throws {
        let decade = try #require(onlyClaim("The change came in the 80s, when 12 papers closed."))
        #expect(decade.timeReferences == ["80s"])
        #expect(decade.quantities.map(\.value) == [12])
        #expect(onlyClaim("Highs were in the 80s for 12 days.")?.timeReferences == [])
        #expect(onlyClaim("Most were in their 30s, and 12 were in their 40s.")?.timeReferences == [])
    }

    @Test("a plus after a figure means more than it, and the noun after it is what it counts")
    func plusAfterFigure() throws {
        let found = try #require(find("The stadium now holds 10,000+ fans.", 10_000))
        #expect(found.unit == "fans")
        #expect(found.qualifier == "more than")
        // Not the verb after a pronoun and an adverb: "It currently supports".
        #expect(find("It currently supports 100+ use cases.", 100)?.unit == "cases")
    }

    @Test("an ordinal in words with its tens is one rank, and names a century as '21st' does")
    func compoundOrdinals() throws {
        let rank = quantities(in: "The club finished twenty-first of 40 teams.")
        #expect(rank.first?.value == 21)
        #expect(rank.first?.unit == nil)
        #expect(quantities(in: "He was the thirty-second mayor, elected 12 times.").first?.value == 32)
        let century = try #require(onlyClaim("Trade in the twenty-first century fell 12 percent."))
        #expect(century.timeReferences == ["twenty-first century"])
        #expect(century.quantities.map(\.value) == [12])
        let joined = try #require(onlyClaim("It was a twenty-first-century fix for 12 firms."))
        #expect(joined.timeReferences == ["twenty-first-century"])
        #expect(joined.quantities.map(\.value) == [12])
    }

    @Test("a modern year between a determiner and its noun dates the noun, it counts nothing", arguments: [
        "Turnout in the 2016 elections was 61 percent.",
        "Its 2019 report counted 12 wrecks.",
        "Riots followed the 2014 protests in 12 cities.",
    ])
    func yearAfterDeterminer(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.quantities.allSatisfy { $0.value < 1_000 })
        #expect(claim.timeReferences.count == 1)
    }

    @Test("a distance after a determiner is still a distance, and two years joined stay one time")
    func determinerDistanceAndYears() throws {
        #expect(find("She won the 1500 metres in 2019.", 1_500)?.unit == "metres")
        #expect(onlyClaim("The 1923 and 1926 conferences set 12 rules.")?.timeReferences == ["1923 and 1926"])
    }

    @Test("a year after a word of time is when what follows happened, not a count of it", arguments: [
        "The league has since its last final in 2016 replaced playoffs with a single table.",
        "The council since 2009 cancelled markets on six Sundays.",
    ])
    func yearBeforeVerb(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.quantities.allSatisfy { $0.value < 1_000 })
        #expect(claim.timeReferences.count == 1)
    }

    @Test("a place's name is its currency only before the currency's own name")
    func placeCurrencies() throws {
        #expect(quantities(in: "In 1893 New Zealand gave 40,000 women the vote.").map(\.unit) == ["women"])
        #expect(quantities(in: "In 2019 Hong Kong had 7 million people.").map(\.unit) == ["people"])
        let loan = try #require(find("The loan was 40 New Zealand dollars.", 40))
        #expect(loan.unit == "NZD" && loan.text == "40 New Zealand dollars")
        #expect(find("It cost 500 South African rand.", 500)?.unit == "ZAR")
        #expect(find("They paid 12 Swiss francs.", 12)?.unit == "CHF")
    }

    @Test("4K as money is still an amount")
    func fourKAsMoney() {
        #expect(find("The bonus was $4K, paid in March.", 4_000)?.kind == .money)
        #expect(find("He earned 4K last month.", 4_000) != nil)
    }

    @Test("a subject's verb in -s is not the thing a bare figure counts")
    func verbIsNoCountedThing() {
        #expect(find("The plan identifies three \"urgent\" and several \"serious\" threats.", 3)?.unit == nil)
        #expect(find("It refers to bacteria that resist two or more.", 2)?.unit == nil)
        #expect(find("This report lists eleven, in all.", 11)?.unit == nil)
        // A plural subject is still what a later bare figure counts.
        #expect(find("The bus stops were moved, and 12 were closed.", 12)?.unit == "stops")
        #expect(find("Offences recorded by the force reached 4,771 last year.", 4_771)?.unit == "offences")
    }

    @Test("an hour without a.m. or p.m., or a count of things spelled like it, still counts")
    func notTimeOfDay() {
        #expect(find("He was one of 12 amateurs who finished.", 12)?.unit == "amateurs")
        #expect(find("The council passed 4 amendments in 2021.", 4)?.unit == "amendments")
        #expect(find("The fund lost 9 percent at the open.", 9)?.kind == .percentage)
    }

    @Test("rankings and multipliers are figures", arguments: [
        ("It was the third-busiest port in the region.", 3.0),
        ("The county ranked last in the state (14th) for turnout.", 14),
        ("Rents have doubled since the plant opened.", 2),
        ("The new line is five times faster than the old one.", 5),
        ("It was the seventh consecutive year of growth.", 7),
    ])
    func rankings(sentence: String, value: Double) {
        #expect(find(sentence, value) != nil)
    }

    @Test("an ordinal that counts off the speaker's own points ranks nothing", arguments: [
        "In the second case, the board cut 12 jobs.",
        "In the third instance, the board cut 12 jobs.",
    ])
    func enumerationOrdinals(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.quantities.map(\.value) == [12])
        #expect(!claim.kinds.contains(.ranking))
    }

    @Test("one in every N is a share")
    func oneInEvery() throws {
        let found = try #require(quantities(in: "One in every four voters stayed home.").first)
        #expect(found.value == 0.25)
    }

    @Test("numbers that are not figures", arguments: [
        ("The fair opened on Dec. 8, 2015, in the square.", 8.0),
        ("The budget for 2018-19 grew by 4 percent.", 19),
        ("Voters in District 8 chose a new member.", 8),
        ("Sales rose in the first half of the year.", 0.5),
        ("Revenue in the quarter ended Sept. 30 rose 3 percent.", 30),
        ("Rangers counted 14 seals stranded on Ninety Mile Beach.", 90),
        ("The plant near Three Mile Island employs 600 people.", 3),
        ("The console plays more games than the PlayStation 4 Pro at 60 frames a second.", 4),
        ("Figure 3 shows that 12 firms failed.", 3),
        ("Table 6-1 lists 12 symptoms.", 1),
        ("Table 6-1 lists 12 symptoms.", 6),
        ("The crew of Apollo 11 landed with 3 astronauts.", 11),
        ("Many offices still ran Internet Explorer 6 at the time, the survey of 40 firms found.", 6),
        ("The band played at Studio 54, and 300 fans came.", 54),
    ])
    func notFigures(sentence: String, value: Double) {
        #expect(find(sentence, value) == nil)
    }

    @Test("a number after a capitalised word still counts when a plural, unit or percent follows it", arguments: [
        ("In Texas 12 people died in the storm.", 12.0, "people"),
        ("In Ohio 40 percent of voters stayed home.", 40, "percent"),
    ])
    func countsAfterNames(sentence: String, value: Double, unit: String) throws {
        let found = try #require(find(sentence, value))
        #expect(found.unit == unit)
    }

    @Test("a fiscal year is a time reference")
    func fiscalYear() throws {
        let claim = try #require(onlyClaim("The deficit for 2018-19 was 3.4 percent."))
        #expect(claim.timeReference == "2018-19")
        let lastDigit = try #require(onlyClaim("The deficit for 2008-9 was 3.4 percent."))
        #expect(lastDigit.timeReference == "2008-9")
        #expect(lastDigit.quantities.map(\.value) == [3.4])
    }

    @Test("a person's age after 'she was' or 'turned' is in years", arguments: [
        ("She left the farm when she was eighteen and sold 40 cows.", 18.0),
        ("He turned 65 in March, two years after 300 staff left.", 65),
    ])
    func agesAfterWas(sentence: String, value: Double) throws {
        #expect(find(sentence, value)?.unit == "years")
    }

    @Test("a decade is a time: the words after it are not what a year counts", arguments: [
        "In the 1980s many farmers sold 40 percent of their land.",
        "During the 1950s and 1960s most towns built 2 schools.",
    ])
    func decadeBeforeNoun(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(!claim.quantities.contains { $0.value >= 1950 }, "\(claim.quantities)")
        #expect(claim.timeReferences.contains { $0.hasSuffix("0s") })
    }

    @Test("a date written with slashes is a time, not figures", arguments: [
        ("The depot burned on 3/14/2021 and reopened in May.", "3/14/2021", [3.0, 14]),
        ("Flights fell 40 percent after 9/11.", "9/11", [9, 11]),
        ("Ticket sales rose 6 percent on 11/5.", "11/5", [11, 5]),
        ("The county spent $2 million in 2019/20.", "2019/20", [20]),
    ])
    func slashedDates(sentence: String, time: String, notFigures: [Double]) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.timeReferences.contains(time))
        for value in notFigures { #expect(find(sentence, value) == nil, "\(value) is part of a date") }
    }

    @Test("a fraction with slashes stays a share; a ratio or 'round the clock' is no date", arguments: [
        "About 3/4 of the pupils walk to school.", "Nurses worked 24/7 during the outbreak.", "It was a 50/50 call.",
    ])
    func slashesThatAreNotDates(sentence: String) {
        let claims = ClaimExtractor().extract(from: sentence)
        #expect(claims.allSatisfy { $0.timeReferences.isEmpty })
        if sentence.contains("3/4") { #expect(find(sentence, 0.75) != nil) }
        if sentence.contains("24/7") { #expect(find(sentence, 24) == nil && find(sentence, 7) == nil) }
    }

    @Test("a fraction written as one character", arguments: [
        ("The probe went silent 6 ½ minutes after launch.", 6.5),
        ("The tank held 2¼ tonnes of fuel.", 2.25),
        ("About ¾ of the crew were rescued.", 0.75),
    ])
    func vulgarFractions(sentence: String, value: Double) {
        #expect(find(sentence, value) != nil)
    }

    @Test("pounds that weigh, and millimetres", arguments: [
        ("The new console weighs 8.4 pounds.", 8.4, "pounds"),
        ("Police seized 10 pounds of cocaine.", 10, "pounds"),
        ("The deal cost 3 million pounds of public money.", 3_000_000, "GBP"),
        ("The phone keeps its 3.5mm headphone jack.", 3.5, "mm"),
        ("The club paid £3.5m for him.", 3_500_000, "GBP"),
    ])
    func poundsAndMillimetres(sentence: String, value: Double, unit: String) throws {
        #expect(try #require(find(sentence, value)).unit == unit)
    }

    @Test("a vague amount is no figure, but the sentence is still a claim")
    func vagueAmounts() throws {
        let claim = try #require(onlyClaim("Thousands of people waited for the buses."))
        #expect(claim.quantities.isEmpty)
        #expect(claim.kinds.contains(.count) && claim.kinds.contains(.quantity))
        #expect(claim.reasons.contains(.statistic))
    }

    @Test("a tally keeps its sides as plain figures")
    func tally() {
        let found = quantities(in: "The board passed the plan 7-2 after a long debate.")
        #expect(found.map(\.value) == [7, 2])
        #expect(found.allSatisfy { $0.unit == nil })
    }

    @Test("Indian scales and digit grouping, and a group cut off by a space", arguments: [
        ("The firm reported a profit of Rs 2,450 crore for the year.", 24_500_000_000.0, "INR"),
        ("The scheme paid Rs. 1,25,000 to each farmer.", 125_000, "INR"),
        ("Tax receipts were Rs 1,12,020 crores in March.", 1_120_200_000_000, "INR"),
    ])
    func indianAmounts(sentence: String, value: Double, code: String) throws {
        let found = try #require(find(sentence, value))
        #expect(found.unit == code)
    }

    @Test("a grouped figure split by a stray space is one figure")
    func strayGroupSpace() {
        #expect(find("The winner took 3,451, 207 votes in all.", 3_451_207)?.unit == "votes")
    }

    @Test("pence are money: a hundredth of a pound, exactly", arguments: [
        ("Shares in the grocer rose 3p to 280p.", [0.03, 2.8]),
        ("A 5p charge on carrier bags cut their use by 85 percent.", [0.05]),
    ])
    func pence(sentence: String, values: [Double]) {
        let found = quantities(in: sentence).filter { $0.kind == .money }
        #expect(found.map(\.value) == values)
        #expect(found.allSatisfy { $0.unit == "GBP" })
    }

    @Test("a share index's number is part of its name", arguments: [
        ("Wages rose 2 percent. The FTSE 100 closed down 1.2 percent at 7,250 points.", [2.0, 1.2, 7250.0]),
        ("The S&P 500 rose 0.4 percent on Friday.", [0.4]),
        ("The Nikkei 225 index fell 3 percent.", [3.0]),
    ])
    func shareIndexNames(text: String, values: [Double]) {
        #expect(quantities(in: text).map(\.value) == values)
    }

    @Test("an 'm' before a plural noun it counts is a million; before a dimension, metres", arguments: [
        ("A record 1.4m people visited the park.", 1_400_000.0, "people"),
        ("The country lost 3m jobs in the recession.", 3_000_000.0, "jobs"),
        ("The wall is 2.5m high.", 2.5, "m"),
        ("She won the 100m hurdles in 12.4 seconds.", 100.0, "m"),
    ])
    func millionOrMetres(sentence: String, value: Double, unit: String) throws {
        let found = try #require(quantities(in: sentence).first)
        #expect(found.value == value)
        #expect(found.unit == unit)
    }

    @Test("a temperature written without the degree sign", arguments: [
        ("Temperatures reached 38C on Tuesday.", "degrees Celsius"),
        ("It was 100F in the desert town.", "degrees Fahrenheit"),
    ])
    func temperatureLetters(sentence: String, unit: String) throws {
        #expect(try #require(quantities(in: sentence).first).unit == unit)
    }

    @Test("'passenger numbers' count passengers; 'record numbers of people' count people", arguments: [
        ("Passenger numbers fell 6 percent to 1.2 million.", 1_200_000.0, "passengers"),
        ("Casualty figures reached 3,000 by Friday.", 3_000.0, "casualties"),
        ("Police numbers fell to 120,000.", 120_000.0, "police"),
        ("Record numbers of people, 2.4 million, visited the fair.", 2_400_000.0, "people"),
    ])
    func countingNouns(sentence: String, value: Double, unit: String) {
        #expect(quantities(in: sentence).first { $0.value == value }?.unit == unit)
    }

    @Test("a number joined to a word that is no unit names something", arguments: [
        ("The forum began as a spinoff of 4chan and has 20 million users.", [20_000_000.0]),
        ("The vault app 1Password costs 36 dollars a year.", [36.0]),
        ("He paid 10percent more for 3hours of work and lifted 80kg.", [10.0, 3.0, 80.0]),
    ])
    func numberInWord(sentence: String, values: [Double]) {
        #expect(quantities(in: sentence).map(\.value) == values)
    }

    @Test("a score after the name of the side beaten is a tally: no count of what the sentence before counted")
    func scoreAfterName() {
        let found = quantities(in: "The club has 20,000 members. Okafor beat Lind 6-4, 7-5 in the final.")
        #expect(found.map(\.value) == [20_000, 6, 4, 7, 5])
        #expect(found.dropFirst().allSatisfy { $0.unit == nil })
    }

    @Test("a code after an acronym labels the word after it; a count after one still counts", arguments: [
        ("The server returned an HTTP 503 error for 40 minutes.", [40.0]),
        ("The plant won ISO 14001 certification after 3 years.", [3.0]),
        ("The NHS 40,000 nurses figure was wrong.", [40_000.0]),
        ("He paid USD 500 for the ticket.", [500.0]),
    ])
    func codeAfterAcronym(sentence: String, values: [Double]) {
        #expect(quantities(in: sentence).map(\.value) == values)
    }
}
