import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Matching reads both full-text indexes for every claim: it runs on a page cache that holds them, and keeps it.
@Suite struct MatchingCacheTests {
    @Test func matchingRaisesThePageCacheAndNeverLowersIt() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("desk.db"))
        let ingestor = Ingestor(store: store, editor: "ann")
        _ = try ingestor.ingest(.file(folder.write("first.txt", "The harbour authority collected 4.2 million fares at the north pier in 2023.\n")))
        _ = try ingestor.ingest(.file(folder.write("later.txt", "The harbour authority collected 4.8 million fares at the north pier in 2023.\n")))
        try store.db.execute("PRAGMA cache_size = -2000")
        let ids = Array(try store.claimIDs(article: nil).suffix(1))  // the later article's claim: one to match against
        try ClaimTracking.refresh(ids, in: store, using: ClaimMatcher(store: store))
        #expect(try store.db.integer("PRAGMA cache_size") == -FactCheckStore.matchingCacheKiB)
        try store.db.execute("PRAGMA cache_size = -200000")
        try ClaimTracking.refresh(ids, in: store, using: ClaimMatcher(store: store))
        #expect(try store.db.integer("PRAGMA cache_size") == -200000, "a larger cache set before is kept")
    }
}
