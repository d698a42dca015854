import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct SchemaTests {
    @Test func migrationsProduceExactlySchemaSQL() throws {
        let folder = TemporaryDirectory()
        let migrated = try FactCheckStore(path: folder.file("migrated.db")).schemaObjects()
        let schema = try String(contentsOf: Paths.packageRoot.appendingPathComponent("schema.sql"), encoding: .utf8)
        let fromFile = try FactCheckStore.schemaObjects(ofScript: schema)
        #expect(!migrated.isEmpty)
        #expect(migrated.keys.sorted() == fromFile.keys.sorted())
        // Whitespace aside: ALTER TABLE ADD COLUMN (migration 2) splices the new column in with SQLite's own line breaks.
        func tokens(_ sql: String?) -> String? { sql.map { $0.filter { !$0.isWhitespace } } }
        for name in migrated.keys.sorted() {
            #expect(tokens(migrated[name]) == tokens(fromFile[name]), "schema object \(name) differs between the migrations and schema.sql")
        }
    }

    @Test func freshDatabaseIsAtTheLatestVersion() throws {
        let folder = TemporaryDirectory()
        #expect(try FactCheckStore(path: folder.file("new.db")).userVersion() == Migrations.latestVersion)
    }

    @Test func enumsMatchTheSchemaChecks() throws {
        let schema = try String(contentsOf: Paths.packageRoot.appendingPathComponent("schema.sql"), encoding: .utf8)
        func checkLists(_ marker: String) -> [[String]] {
            var lists: [[String]] = []
            var rest = schema[...]
            while let found = rest.range(of: marker) {
                let tail = rest[found.upperBound...]
                let inner = tail[tail.index(after: tail.firstIndex(of: "(")!)..<tail.firstIndex(of: ")")!]
                lists.append(inner.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " '\n")) })
                rest = tail
            }
            return lists
        }
        #expect(checkLists("CHECK (status IN") == [ClaimStatus.allCases.map(\.rawValue)])
        #expect(checkLists("CHECK (kind IN") == [ClaimKind.allCases.map(\.rawValue), QuantityKind.allCases.map(\.rawValue)])
        #expect(checkLists("CHECK (stance IN") == [Stance.allCases.map(\.rawValue)])
        #expect(checkLists("CHECK (action IN") == [HistoryAction.allCases.map(\.rawValue)])
        #expect(checkLists("CHECK (review IN") == [ReviewState.allCases.map(\.rawValue)])
        #expect(checkLists("CHECK (what IN") == [CorrectionKind.allCases.map(\.rawValue)])
    }
}
