import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// `ingest --currency` and the dollar read from a dateline, through the built binary.
@Suite(.serialized) struct CurrencyOptionTests {
    let folder = TemporaryDirectory()

    private func moneyUnits(_ text: String, _ options: String...) throws -> [String] {
        let db = folder.file("currency-\(UUID().uuidString).db")
        let ingest = try CLI.run(["ingest", "-", "--title", "Port results"] + options, database: db, input: Data(text.utf8))
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let claims = try CLI.run(["claims", "--format", "json"], database: db)
        let decoded = try JSONSerialization.jsonObject(with: Data(claims.stdout.utf8)) as? [[String: Any]] ?? []
        return decoded.flatMap { ($0["quantities"] as? [[String: Any]] ?? []).compactMap { $0["unit"] as? String } }
    }

    @Test func currencyOptionSaysWhatTheDollarIs() throws {
        #expect(try moneyUnits("The port earned $12 million in the quarter.\n", "--currency", "CAD") == ["CAD"])
        #expect(try moneyUnits("The port earned $12 million in the quarter.\n", "--currency", "aud") == ["AUD"])
        #expect(try moneyUnits("The port earned $12 million in the quarter.\n") == ["USD"])
        // A written-out code still wins over the article's dollar.
        #expect(try moneyUnits("The port earned US$12 million in the quarter.\n", "--currency", "CAD") == ["USD"])
    }

    @Test func aCanadianDatelineMeansCanadianDollars() throws {
        #expect(try moneyUnits("HALIFAX — The port earned $12 million in the quarter.\n\nIt spent 4 million dollars on cranes.\n") == ["CAD", "CAD"])
    }

    @Test func anUnknownCurrencyIsAUsageError() throws {
        let result = try CLI.run(["ingest", "-", "--currency", "XYZ"], database: folder.file("bad.db"), input: Data("The port earned $12 million.\n".utf8))
        #expect(result.status == 64)
        #expect(result.stderr.contains("currency"))
    }
}
