import Testing
@testable import FactCheckKit

@Suite("Check-worthiness")
struct CheckWorthinessTests {
    let extractor = ClaimExtractor()

    @Test("a statistic with a source outranks opinion, questions, greetings and rhetoric")
    func ordering() {
        let fact = extractor.checkWorthiness(of: "Unemployment fell to 4.1 percent in 2019, according to the Labor Department.")
        let low = [
            "I think this is a wonderful city.",
            "Why would anyone vote for that?",
            "Thank you all for coming tonight.",
            "Folks, we are going to make it great again.",
        ].map(extractor.checkWorthiness(of:))
        for score in low {
            #expect(score < fact)
            #expect(score < CheckWorthiness.checkWorthyThreshold)
        }
        #expect(fact >= CheckWorthiness.checkWorthyThreshold)
    }

    @Test("the reasons say why")
    func reasons() throws {
        let claim = try #require(onlyClaim("Would the city really spend $4 million on a fountain?"))
        #expect(claim.reasons.contains(.statistic))
        #expect(claim.reasons.contains(.question))
        #expect((0...1).contains(claim.score))
    }

    @Test("three words of record count twice and are named once")
    func denseRecordNamedOnce() throws {
        let dense = try #require(onlyClaim("The senate voted to cut the budget for roads by 3 percent."))
        #expect(dense.reasons.contains(.recordDense) && !dense.reasons.contains(.record))
        #expect(Set(dense.reasons).count == dense.reasons.count, "no reason is given twice")
        let plain = try #require(onlyClaim("The harbour ferry carried 812 riders on Sunday."))
        #expect(plain.reasons.contains(.statistic) && !plain.reasons.contains(.recordDense))
        // Weighted as two matters of record, as before the reasons were codes.
        #expect(CheckWorthiness.score([.recordDense]) == CheckWorthiness.score([.record, .record]))
    }
}

@Suite("Check-worthiness at the top of the scale")
struct CheckWorthinessTopTests {
    @Test("more to check scores higher, without piling up at the cap")
    func noSaturation() {
        let extractor = ClaimExtractor()
        let bare = extractor.checkWorthiness(of: "Unemployment fell to 4.1 percent.")
        let sourced = extractor.checkWorthiness(of: "Unemployment fell to 4.1 percent in 2019, according to the Labor Department.")
        let dense = extractor.checkWorthiness(
            of: "Unemployment fell to 4.1 percent in 2019 from 5.2 percent in 2018 and 6.3 percent in 2017, according to the Labor Department."
        )
        #expect(bare < sourced)
        #expect(sourced < dense)
        #expect(dense < 0.99)
    }

    @Test("a record claimed outranks the same sentence without it", arguments: [
        "Exports reached their highest level since 1998, at 41 billion dollars.",
        "The storm was the deadliest in the island's history, with 212 deaths.",
        "Last winter was the wettest on record, with 1,310 millimetres of rain.",
        "Ticket sales hit a record 4.2 million this season.",
        "The index closed at an all-time high of 5,120 points.",
        "The festival drew record crowds of 80,000 people.",
        "Ticket sales set a new record of 4.2 million this season.",
        "The port handled its highest-ever volume, 9.1 million tonnes.",
        "The agency called it the worst drought in the region's 120-year-history.",
        "Turnout hit a record-breaking 71 percent on Sunday.",
        "It was the club's first league title since 1987, won with 84 points.",
        "For the first time since the 1990s, exports topped 40 billion dollars.",
    ])
    func recordClaimed(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.reasons.contains(.claimsRecord))
        let others = claim.reasons.filter { $0 != .claimsRecord }
        #expect(claim.score > CheckWorthiness.score(others, figures: claim.quantities.count))
    }

    @Test("a superlative with no bound in time, or another kind of record, claims none", arguments: [
        "Lagos is the largest city in Nigeria, with 15 million people.",
        "Her track record shows 12 housing projects finished on time.",
        "The record shows the council met 14 times in 2021.",
        "Since 2019 the clinic has treated 3,400 patients.",
        "The clerk kept a record of the 14 votes cast.",
        "The mayor defended the council's record on 12 housing projects.",
        "The lamp first appeared in 1901 and has since sold 3 million units.",
        "The ever-growing fleet of 40 ferries is the largest in the region.",
        "Her since-deleted post drew the largest crowd of 12 rallies.",
    ])
    func noRecordClaimed(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(!claim.reasons.contains(.claimsRecord))
    }

    @Test("'going to' a place and 'a plan to' are no prediction; 'going to' a verb and 'plans to' are", arguments: [
        ("The gold went to Norway, with the silver going to Chile, after 14 teams competed.", false),
        ("A plan to close 12 branches was rejected on Monday.", false),
        ("The council's plan to sell 40 buses failed.", false),
        ("The bank is going to close 12 branches.", true),
        ("The council plans to sell 40 buses.", true),
    ])
    func intentOrNot(sentence: String, predicts: Bool) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.reasons.contains(.prediction) == predicts)
    }

    @Test("'as well as', 'of Americans' and 'would welcome' are no rhetoric; 'Well,' and 'my fellow Americans' are", arguments: [
        ("The chain sells fish as well as 300 other products.", false),
        ("About 40 percent of Americans own a dog, the survey found.", false),
        ("The council said it would welcome 200 refugees this year.", false),
        ("\"Well, we built 40 schools,\" the mayor said.", true),
        ("My fellow Americans, we cut taxes by 12 percent.", true),
    ])
    func rhetoricOrNot(sentence: String, rhetoric: Bool) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.reasons.contains(.rhetoric) == rhetoric)
    }

    @Test("words that condemn are opinion", arguments: [
        "The union called the 12 percent cut an affront to nurses.",
        "Critics said the plan to sell 40 buses was reckless and irresponsible.",
        "The mayor said she was appalled that 3 schools had closed.",
    ])
    func condemningWords(sentence: String) throws {
        let claim = try #require(onlyClaim(sentence))
        #expect(claim.reasons.contains(.opinion))
    }

    @Test("an \"-ed\" word after a word of degree describes a state, not an event")
    func degreeIsNoEvent() throws {
        let state = try #require(onlyClaim("The ward was very crowded, with 40 beds for 60 patients."))
        #expect(!state.reasons.contains(.event))
        let event = try #require(onlyClaim("The ward was evacuated, with 40 beds for 60 patients."))
        #expect(event.reasons.contains(.event))
    }

    @Test("'thanks to' a cause is no greeting; thanks to people is")
    func thanksToACause() throws {
        let cause = try #require(onlyClaim("Profits rose 12 percent, thanks to lower fuel costs."))
        #expect(!cause.reasons.contains(.rhetoric))
        let greeting = try #require(onlyClaim("Thanks to all of you, we raised 40,000 dollars."))
        #expect(greeting.reasons.contains(.rhetoric))
    }

    @Test("a region, a body's name, counted Americans and 'Great Britain' are no rhetoric nor opinion; the flourish is")
    func americaInNews() throws {
        let content = [
            "Glaciers in South America lost 12 percent of their ice in 10 years.",
            "The Bank of America cut 4,000 jobs last year.",
            "About 34 million Americans smoked cigarettes in 2016.",
            "Two million Americans lost their insurance, the report found.",
            "Exports to Great Britain rose 3 percent in March.",
        ]
        for sentence in content {
            let claim = try #require(onlyClaim(sentence), "\(sentence)")
            #expect(!claim.reasons.contains(.rhetoric), "\(sentence)")
            #expect(!claim.reasons.contains(.opinion), "\(sentence)")
        }
        let flourishes = [
            "God bless America, we created 200,000 jobs.",
            "Americans deserve better than 9 percent unemployment.",
            "It was a great year: sales rose 8 percent.",
        ]
        for sentence in flourishes {
            let claim = try #require(onlyClaim(sentence), "\(sentence)")
            #expect(claim.reasons.contains(.rhetoric), "\(sentence)")
        }
        let judged = try #require(onlyClaim("She said: Great results, with 14 percent more sales than in 2020."))
        #expect(judged.reasons.contains(.opinion))
        let named = try #require(onlyClaim("Actor Will Smith earned 40 million dollars in 2019."))
        #expect(!named.reasons.contains(.prediction))
        let hedged = try #require(onlyClaim("Officials may cut 300 jobs."))
        #expect(hedged.reasons.contains(.prediction))
        let emphasis = try #require(onlyClaim("Servers MUST reply within 30 seconds."))
        #expect(emphasis.reasons.contains(.opinion))
    }

    @Test("'no' before a word denies something checkable; a judging word that names a thing is no judgement")
    func denialsAndCompoundNouns() throws {
        let stated = [
            "No one was hurt when 40 homes flooded.",
            "There is no evidence that the 12 wells were poisoned.",
            "The think tank said rents rose 40 percent.",
            "Hate crimes rose 17 percent in 2017.",
            "An opinion poll found that 52 percent back the plan.",
        ]
        for sentence in stated {
            let claim = try #require(onlyClaim(sentence), "\(sentence)")
            #expect(!claim.reasons.contains(.rhetoric), "\(sentence)")
            #expect(!claim.reasons.contains(.opinion), "\(sentence)")
        }
        let answer = try #require(onlyClaim("No, no, we cut taxes by 40 percent."))
        #expect(answer.reasons.contains(.rhetoric))
        let view = try #require(onlyClaim("I think 40 percent is too high."))
        #expect(view.reasons.contains(.opinion))
    }

    @Test("a belief credited to others is reported, not held; 'disaster' naming a fund or a zone judges nothing")
    func reportedBeliefs() throws {
        for sentence in ["Police believe 12 people were killed.", "The disaster relief fund paid out 40 million dollars."] {
            let claim = try #require(onlyClaim(sentence), "\(sentence)")
            #expect(!claim.reasons.contains(.opinion), "\(sentence)")
            #expect(!claim.reasons.contains(.rhetoric), "\(sentence)")
        }
        let held = try #require(onlyClaim("I believe 12 people were killed."))
        #expect(held.reasons.contains(.opinion))
        let judged = try #require(onlyClaim("The storm was a disaster for 4,000 farmers."))
        #expect(judged.reasons.contains(.rhetoric))
    }
}
