import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct CheckWorthinessReasonTests {
    @Test func eachReasonHasItsOwnBitBelowTheStoredLimit() {
        let bits = CheckWorthinessReason.allCases.map(\.bit)
        #expect(Set(bits).count == bits.count)
        #expect(bits.allSatisfy { $0 > 0 && $0 < CheckWorthinessReason.storedLimit && $0 & ($0 - 1) == 0 })
        #expect(Set(CheckWorthinessReason.allCases.map(\.words)).count == bits.count, "no two reasons read the same")
    }

    @Test func aStoredSetGivesEachReasonOnceInShowingOrder() {
        let given: [CheckWorthinessReason] = [.fragment, .statistic, .record, .statistic]
        let stored = CheckWorthinessReason.bits(of: given)
        #expect(CheckWorthinessReason.reasons(fromBits: stored) == [.statistic, .record, .fragment])
        #expect(CheckWorthinessReason.reasons(fromBits: CheckWorthinessReason.bits(of: CheckWorthinessReason.allCases))
                == CheckWorthinessReason.allCases)
    }

    @Test func jsonShowsTheWords() throws {
        let data = try JSONEncoder().encode([CheckWorthinessReason.namesSource, .recordDense])
        #expect(String(decoding: data, as: UTF8.self) == #"["names a source","states several matters of record"]"#)
    }

    @Test func theSchemaCheckIsTheStoredLimitAndRefusesOtherSets() throws {
        let schema = try String(contentsOf: Paths.packageRoot.appendingPathComponent("schema.sql"), encoding: .utf8)
        #expect(schema.contains("CHECK (reasons >= 0 AND reasons < \(CheckWorthinessReason.storedLimit))"))
        let folder = TemporaryDirectory()
        let path = try MigrationTests.copyOfVersion1(in: folder)
        _ = try FactCheckStore(path: path, mode: .existing)
        let raw = try SQLiteConnection(path: path, readOnly: false)
        for bad in ["-1", "\(CheckWorthinessReason.storedLimit)", "'has a statistic'"] {
            #expect(throws: StoreError.self, "reasons = \(bad) is refused") {
                try raw.execute("UPDATE claim SET reasons = \(bad) WHERE id = 2")
            }
        }
    }
}
