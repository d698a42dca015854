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
        #expect(claim.reasons.contains("has a statistic"))
        #expect(claim.reasons.contains("is a question"))
        #expect((0...1).contains(claim.score))
    }
}
