import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// The direct claim writer gives exactly the bytes `JSONEncoder` gives (the golden files pin it on real claims;
/// these pin it on the values real claims rarely hold).
@Suite("Claims written as JSON directly")
struct ClaimJSONTests {
    static func claim(
        id: Int64 = 1, text: String = "Fares rose 8% in 2025.", score: Double = 0.75, quantities: [Quantity] = [],
        matches: [ClaimMatch] = [], review: ReviewState? = nil, optionals: String? = nil, times: [String] = []
    ) -> Claim {
        Claim(
            id: ClaimID(id), articleID: ArticleID(3), position: 2, startOffset: 10, endOffset: 40, text: text,
            kinds: [.quantity, .percentage], score: score, reasons: [.statistic, .dated], status: .verified,
            speaker: optionals, attribution: optionals, timeReference: times.first, verdictNote: optionals,
            assignee: optionals, quantities: quantities, evidenceCount: 2, updatedAt: "2026-01-01T00:00:00.000Z",
            verdictUnsupported: optionals != nil, review: review, publishedAt: optionals, timeReferences: times,
            matches: matches, subject: optionals
        )
    }

    func expectSameBytes(_ claims: [Claim], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let encoded = try JSONOutput.string(claims)
        let written = try ClaimJSON.array(claims)
        #expect(written == encoded, sourceLocation: sourceLocation)
    }

    @Test("empty and filled arrays, nulls and every optional, both kinds of match")
    func shapes() throws {
        try expectSameBytes([])
        try expectSameBytes([Self.claim()])
        let matches = [
            ClaimMatch(relation: .changed, score: 0.87654, reason: "same terms; 8% → 9%", target: .claim(ClaimID(9)), text: "Fares rose 9%.",
                       status: .verified, articleID: ArticleID(2), changes: [FigureChange(from: "9%", to: "8%")]),
            ClaimMatch(relation: .same, score: 1, reason: "r", target: .claim(ClaimID(4)), text: "t"),
            ClaimMatch(relation: .related, score: 0.5, reason: "r", target: .review(ReviewID(7)), text: "t", rating: "False"),
            ClaimMatch(relation: .related, score: 0.25, reason: "r", target: .review(ReviewID(8)), text: "t"),
        ]
        let quantities = [
            Quantity(text: "8%", value: 8, unit: "percent", kind: .percentage, qualifier: "about"),
            Quantity(text: "2025", value: 2025, unit: nil, kind: .number),
        ]
        try expectSameBytes([
            Self.claim(quantities: quantities, matches: matches, review: .pending, optionals: "Ada Okafor", times: ["2025", "last year"]),
            Self.claim(id: 2),
        ])
    }

    @Test("escapes: quotes, backslashes, slashes, every control character, and text beyond ASCII")
    func escapes() throws {
        let controls = String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) })
        let text = "He said \"no\" \\ a/b \(controls) \u{7F} café “quoted” \u{2028}\u{2029} 🧾 \u{FEFF}"
        try expectSameBytes([Self.claim(text: text, optionals: text)])
    }

    @Test("numbers as JSONEncoder writes them: integral, tiny, huge, negative, long fractions")
    func numbers() throws {
        let values: [Double] = [0, -0.0, 1, 41, 0.1 + 0.2, 1.7, 4_100_000_000, 3.612e10, 1e15, 1e16, 1e20, 1.5e300, 1e-7,
                                5e-324, 2.2250738585072014e-308, -12.5, 123456789.125, Double.greatestFiniteMagnitude]
        let quantities = values.map { Quantity(text: "x", value: $0, unit: nil, kind: .number) }
        try expectSameBytes([Self.claim(score: 0.99, quantities: quantities)])
    }

    @Test("a number JSON cannot hold fails as JSONEncoder fails, naming where it is")
    func infinite() throws {
        let bad = [Self.claim(), Self.claim(quantities: [Quantity(text: "x", value: 1, unit: nil, kind: .number),
                                                          Quantity(text: "y", value: .infinity, unit: nil, kind: .number)])]
        let encoded = #expect(throws: JSONOutputError.self) { try JSONOutput.string(bad) }
        let written = #expect(throws: JSONOutputError.self) { try ClaimJSON.array(bad) }
        #expect(written == encoded)
        #expect(written == .unencodable(path: "[1].quantities[1].value", value: "inf"))
    }
}
