import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite("The Boston Herald article")
struct BostonHeraldTests {
    static let path = "corpus/news/boston-herald-backpage-seized.txt"

    func claims() throws -> [ExtractedClaim]? {
        guard let url = Paths.shared(Self.path) else { return nil }
        return ClaimExtractor().extract(from: try String(contentsOf: url, encoding: .utf8))
    }

    @Test("figures, sources and the ranking", .enabled(if: Paths.shared(path) != nil, "needs ../shared/corpus/news"))
    func figures() throws {
        let claims = try #require(try claims())
        let all = claims.flatMap(\.quantities)
        #expect(all.contains { $0.kind == .percentage && $0.value == 73 })
        #expect(all.contains { $0.kind == .count && $0.value == 97 && $0.unit == "countries" })
        #expect(all.contains { $0.kind == .money && $0.value == 500_000_000 && $0.unit == "USD" })
        let revenue = try #require(claims.first { $0.quantities.contains { $0.value == 135_000_000 && $0.unit == "USD" } })
        #expect(revenue.attribution == "The New York Times")
        #expect(revenue.timeReference == "2014")
        #expect(revenue.kinds.contains(.ranking))
        #expect(revenue.text.contains("after Craigslist"))
    }

    @Test("the speaker, the pull quote once, no residue", .enabled(if: Paths.shared(path) != nil, "needs ../shared/corpus/news"))
    func quotesAndResidue() throws {
        let claims = try #require(try claims())
        let message = claims.filter { $0.text.contains("This sends a clear message") }
        #expect(message.count == 1)
        #expect(message.first?.speaker == "Cherie Jimenez")
        #expect(claims.contains { $0.speaker == "Cherie Jimenez" && $0.text.contains("long time coming") })
        for claim in claims {
            #expect(!claim.text.contains("??"))
            #expect(!claim.text.contains("PHOTO"))
            #expect(!claim.text.hasPrefix("Newspapers"))
        }
    }
}
