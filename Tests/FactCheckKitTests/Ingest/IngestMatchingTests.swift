import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Matching new claims at ingest reads the whole archive; it must not hold the write lock other editors (and the
/// server) wait for while it does.
@Suite struct IngestMatchingTests {
    final class Seen { var inTransaction: [Bool] = [] }

    @Test func matchingRunsAfterTheArticleIsCommittedAndItsMatchesAreStored() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("desk.db"))
        let ingestor = Ingestor(store: store, editor: "ann")
        _ = try ingestor.ingest(.file(folder.write("first.txt", "The harbour authority collected 4.2 million fares at the north pier in 2023.\n")))
        let later = folder.write("later.txt", "The harbour authority collected 4.8 million fares at the north pier in 2023, a new audit says.\n")
        let seen = Seen()
        store.db.statementObserver = { sql, inTransaction in
            if sql.contains("claim_fts MATCH") { seen.inTransaction.append(inTransaction) }
        }
        var outcomes: [IngestOutcome] = []
        try ingestor.ingest([.file(later)]) { results in outcomes += results.compactMap { try? $0.1.get().outcome } }
        store.db.statementObserver = nil
        // The matcher looked for earlier claims, never inside a transaction (before: inside the batch's, for its whole run).
        #expect(!seen.inTransaction.isEmpty)
        #expect(!seen.inTransaction.contains(true))
        guard case .ingested(let id, let count)? = outcomes.first, count > 0 else {
            Issue.record("expected the later article stored with claims, got \(outcomes)")
            return
        }
        let matched = try store.claimIDs(article: id).flatMap { try store.matches(of: $0) }
        #expect(!matched.isEmpty, "the later claim matches the earlier one")
    }
}
