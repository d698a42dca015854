import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct ClaimKindTests {
    @Test func eachKindHasItsOwnBitBelowTheStoredLimit() {
        let bits = ClaimKind.allCases.map(\.bit)
        #expect(Set(bits).count == bits.count)
        #expect(bits.allSatisfy { $0 > 0 && $0 < ClaimKind.storedLimit && $0 & ($0 - 1) == 0 })
        #expect(ClaimKind.bits(of: ClaimKind.allCases) == ClaimKind.storedLimit - 1, "no bit below the limit is unused")
    }

    @Test func aStoredSetGivesEachKindOnceInKindOrder() {
        let stored = ClaimKind.bits(of: [.quote, .money, .quantity, .money])
        #expect(ClaimKind.kinds(fromBits: stored) == [.quantity, .money, .quote])
        #expect(ClaimKind.kinds(fromBits: 0) == [])
    }

    @Test func theSchemaCheckIsTheStoredLimitAndRefusesOtherSets() throws {
        let schema = try String(contentsOf: Paths.packageRoot.appendingPathComponent("schema.sql"), encoding: .utf8)
        #expect(schema.contains("CHECK (kinds >= 0 AND kinds < \(ClaimKind.storedLimit))"))
        let fixture = try StoreFixture(claims: 1)
        for bad in ["-1", "\(ClaimKind.storedLimit)", "'money'", "NULL"] {
            #expect(throws: StoreError.self, "kinds = \(bad) is refused") {
                try fixture.store.db.execute("UPDATE claim SET kinds = \(bad) WHERE id = 1")
            }
        }
        #expect(try fixture.store.claim(ClaimID(1)).kinds == [.percentage], "the refused updates changed nothing")
    }
}
