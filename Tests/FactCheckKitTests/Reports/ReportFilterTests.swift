import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct ReportFilterTests {
    private func claimIDs(_ scope: ReportScope, _ store: FactCheckStore) throws -> [Int64] {
        let json = try ReportFixture.render(.json, scope: scope, store: store)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let articles = try #require(root["articles"] as? [[String: Any]])
        return articles.flatMap { ($0["claims"] as? [[String: Any]] ?? []).compactMap { ($0["claim"] as? [String: Any])?["id"] as? Int64 } }
    }

    @Test func statusFilterIsRepeatable() throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.store(in: folder)
        #expect(try claimIDs(ReportScope(statuses: [.verified, .false]), store) == [1, 5])
        #expect(try claimIDs(ReportScope(statuses: [.unverified]), store) == [4, 6, 8])
    }

    @Test func articleFilter() throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.store(in: folder)
        #expect(try claimIDs(ReportScope(articleID: ArticleID(2)), store) == [5, 6, 7, 8])
        #expect(throws: ReportError.store(.articleNotFound(ArticleID(9)))) {
            try ReportFixture.render(.json, scope: ReportScope(articleID: ArticleID(9)), store: store)
        }
    }

    @Test func sinceSelectsClaimsWithHistoryAtOrAfterIt() throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.store(in: folder)
        #expect(try claimIDs(ReportScope(since: ReportScope.timestamp("2026-01-03")), store) == [2, 3, 7, 8])
        #expect(try claimIDs(ReportScope(since: ReportScope.timestamp("2026-01-02T10:00:00Z")), store) == [1, 2, 3, 5, 7, 8])
        #expect(try claimIDs(ReportScope(since: ReportScope.timestamp("2026-01-02T10:00:00.001Z")), store) == [2, 3, 7, 8])
        #expect(try claimIDs(ReportScope(since: ReportScope.timestamp("2030-01-01")), store) == [])
    }

    @Test func editorSelectsClaimsThatEditorChanged() throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.store(in: folder)
        #expect(try claimIDs(ReportScope(editor: "dana"), store) == [1, 2, 5])
        #expect(try claimIDs(ReportScope(editor: "lee"), store) == [2, 3, 7, 8])
        #expect(try claimIDs(ReportScope(editor: "nobody"), store) == [])
    }

    @Test func sinceAndEditorMustMatchTheSameHistoryEntry() throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.store(in: folder)
        // Dana worked on claim 2 on day 2 only; Lee changed it on day 3.
        #expect(try claimIDs(ReportScope(since: ReportScope.timestamp("2026-01-03"), editor: "dana"), store) == [])
        #expect(try claimIDs(ReportScope(statuses: [.misleading], since: ReportScope.timestamp("2026-01-03"), editor: "lee"), store) == [2])
    }

    @Test func summaryCountsFollowTheFilters() throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.store(in: folder)
        let json = try ReportFixture.render(.json, scope: ReportScope(editor: "lee"), store: store)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["claim_count"] as? Int == 4)
        let counts = try #require(root["status_counts"] as? [String: Int])
        #expect(counts == ["unverified": 1, "in-review": 0, "verified": 0, "disputed": 1, "false": 0, "misleading": 1, "unverifiable": 1])
        let filters = try #require(root["filters"] as? [String: Any])
        #expect(filters["editor"] as? String == "lee")
    }

    @Test(arguments: ["2026-01-01", "2026-01-01T09:30Z", "2026-01-01T09:30:15Z", "2026-01-01T09:30:15.250Z"])
    func sinceAcceptsDatesAndUTCTimes(text: String) throws {
        let stamp = try ReportScope.timestamp(text)
        #expect(stamp.count == "2026-01-01T00:00:00.000Z".count)
        #expect(stamp.hasPrefix("2026-01-01T"))
    }

    @Test(arguments: ["yesterday", "2026-13-01", "2026-02-30", "2026-01-01T25:00Z", "2026-01-01T10:00", "2026-01-01 10:00Z", ""])
    func sinceRefusesOtherText(text: String) {
        #expect(throws: ReportError.invalidSince(text)) { try ReportScope.timestamp(text) }
    }
}
