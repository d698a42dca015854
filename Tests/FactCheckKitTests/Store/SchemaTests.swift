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
        // Each closed set is written `CHECK (x = 'a' OR x = 'b' ...)` (an IN list costs a temporary index per insert):
        // the quoted values between the marker and the closing parenthesis, in order.
        func checkLists(_ column: String) -> [[String]] {
            let marker = "CHECK (\(column) = "
            var lists: [[String]] = []
            var rest = schema[...]
            while let found = rest.range(of: marker) {
                let tail = rest[found.lowerBound...]
                let inner = tail[tail.index(after: tail.firstIndex(of: "(")!)..<tail.firstIndex(of: ")")!]
                let terms = inner.components(separatedBy: " OR ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                #expect(terms.allSatisfy { $0.hasPrefix("\(column) = '") && $0.hasSuffix("'") }, "\(inner)")
                lists.append(terms.map { String($0.dropFirst(column.count + 4).dropLast()) })
                rest = rest[found.upperBound...]
            }
            return lists
        }
        #expect(!schema.contains(" IN ('"), "closed sets are OR comparisons, not IN lists")
        #expect(checkLists("status") == [ClaimStatus.allCases.map(\.rawValue)])
        #expect(checkLists("kind") == [QuantityKind.allCases.map(\.rawValue)])
        #expect(checkLists("stance") == [Stance.allCases.map(\.rawValue)])
        #expect(checkLists("action") == [HistoryAction.allCases.map(\.rawValue)])
        #expect(checkLists("review") == [ReviewState.allCases.map(\.rawValue)])
        #expect(checkLists("what") == [CorrectionKind.allCases.map(\.rawValue)])
        #expect(checkLists("role") == [EditorRole.allCases.map(\.rawValue)])
        #expect(checkLists("relation") == [MatchRelation.allCases.map(\.rawValue)])
    }
}
