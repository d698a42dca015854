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
            if sql.contains("claim_fts MATCH") || sql == FactCheckStore.matchingPostingsSQL(.claims) { seen.inTransaction.append(inTransaction) }
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

    @Test func theFirstArticleSearchesNothingAndAHugeOneIsStoredUnmatchedWithAWarning() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("desk.db"))
        var ingestor = Ingestor(store: store, editor: "ann")
        let seen = Seen()
        store.db.statementObserver = { sql, inTransaction in
            if sql.contains("MATCH") || sql == FactCheckStore.matchingPostingsSQL(.claims) || sql == FactCheckStore.matchingPostingsSQL(.reviews) { seen.inTransaction.append(inTransaction) }
        }
        // Nothing earlier and no reviews: no full-text search at all (it would score the article's own claims).
        let sentences = (1...12).map { "The ferry carried \($0 * 1_000) riders on route \($0) in 2024, the port said." }
        _ = try ingestor.ingest(.file(folder.write("first.txt", sentences.joined(separator: " ") + "\n")))
        #expect(seen.inTransaction.isEmpty, "searched \(seen.inTransaction.count) times")
        // Past the limit, the claims are stored, not matched, and the warning says how to match them.
        ingestor.matchingClaimLimit = 3
        var results: [IngestResult] = []
        try ingestor.ingest([.file(folder.write("second.txt", sentences.map { $0.replacingOccurrences(of: "ferry", with: "tram") }
            .joined(separator: " ") + "\n"))]) { batch in results += batch.compactMap { try? $0.1.get() } }
        store.db.statementObserver = nil
        #expect(seen.inTransaction.isEmpty)
        guard case .ingested(let id, let count)? = results.first?.outcome else {
            Issue.record("expected the second article stored, got \(results)")
            return
        }
        #expect(count == 12)
        #expect(results.first?.warnings == [.notMatched(source: folder.file("second.txt"), article: id, claims: 12)])
        #expect(results.first?.warnings.first?.description.contains("factcheck match --refresh --article \(id)") == true)
    }
}
