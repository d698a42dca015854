import FactCheckBenchKit
import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// The worklist must stay a page read on a million claims: these pin its query plans to the indexes and FTS5.
@Suite struct WorklistPlanTests {
    /// A small store holding a few generated articles.
    private func store(_ folder: TemporaryDirectory, articles: Int = 5) throws -> FactCheckStore {
        let store = try FactCheckStore(path: folder.file("plan.db"), clock: .fixed(Date(timeIntervalSince1970: 0)))
        let generator = CorpusGenerator(seed: 1)
        try store.batch {
            for index in 0..<articles {
                let parsed = ArticleParser.parse(generator.article(index))
                let draft = ArticleDraft(
                    metadata: parsed.metadata, body: parsed.body, sourcePath: nil, claims: ClaimExtractor().extract(from: parsed.body)
                )
                _ = try store.ingest(draft, editor: "test")
            }
        }
        return store
    }

    /// True when a step of the plan reads the whole claim table.
    private func scansClaims(_ plan: String) -> Bool {
        plan.split(separator: "\n").contains { $0 == "SCAN c" || $0.hasPrefix("SCAN c USING") }
    }

    @Test func statusWorklistReadsTheStatusScoreIndexInOrder() throws {
        let folder = TemporaryDirectory()
        let plan = try store(folder).queryPlan(ClaimFilter(statuses: [.unverified], limit: 50)).joined(separator: "\n")
        #expect(plan.contains("USING INDEX claim_by_status_score (status=?)"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "the page must come out of the index in order, not from a sort:\n\(plan)")
        #expect(!scansClaims(plan), "\(plan)")
    }

    @Test func unfilteredWorklistReadsTheScoreIndex() throws {
        let folder = TemporaryDirectory()
        let plan = try store(folder).queryPlan(ClaimFilter(limit: 50)).joined(separator: "\n")
        #expect(plan.contains("claim_by_score"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
    }

    @Test func aKindWorklistAndItsFooterTestTheKindsInTheIndex() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder)
        let filter = ClaimFilter(statuses: [.unverified], kinds: [.quantity, .date], limit: 50)
        let page = try store.queryPlan(filter).joined(separator: "\n")
        #expect(page.contains("USING INDEX claim_by_status_score (status=?)") && !page.contains("TEMP B-TREE"), "\(page)")
        // The footer's count reads index entries only: the kinds are the index's last column.
        let count = try store.queryPlan(filter, countCap: 10_000).joined(separator: "\n")
        #expect(count.contains("USING COVERING INDEX claim_by_status_score (status=?)"), "\(count)")
        let unfiltered = try store.queryPlan(ClaimFilter(kinds: [.quote], limit: 50), countCap: 10_000).joined(separator: "\n")
        #expect(unfiltered.contains("USING COVERING INDEX claim_by_score"), "\(unfiltered)")
        // And the filter is right: every claim holding both kinds, none other.
        let expected = try store.claims(ClaimFilter(statuses: [.unverified]))
            .filter { $0.kinds.contains(.quantity) && $0.kinds.contains(.date) }.map(\.id)
        #expect(!expected.isEmpty)
        #expect(try store.claims(ClaimFilter(statuses: [.unverified], kinds: [.quantity, .date])).map(\.id) == expected)
        #expect(try store.countClaims(filter) == expected.count)
    }

    /// Ingest matches each stored article's claims: reading them must not scan the archive once per article.
    @Test func oneArticlesClaimsAreReadThroughTheArticleIndex() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder)
        let article = try #require(store.articleSummaries().dropFirst().first).id
        let plan = try store.claimIDsPlan(article: article).joined(separator: "\n")
        #expect(plan.contains("(article_id=?)"), "\(plan)")
        #expect(!plan.split(separator: "\n").contains { $0 == "SCAN claim" || $0.hasPrefix("SCAN claim USING") }, "\(plan)")
        let expected = try store.claims(ClaimFilter(sort: .article)).filter { $0.articleID == article }.map(\.id)
        #expect(!expected.isEmpty)
        #expect(try store.claimIDs(article: article) == expected.sorted())
        #expect(try store.claimIDs().count == store.claims(ClaimFilter()).count)
    }

    @Test func searchGoesThroughTheFullTextIndex() throws {
        let folder = TemporaryDirectory()
        let plan = try store(folder).queryPlan(ClaimFilter(search: "council", limit: 50)).joined(separator: "\n")
        #expect(plan.contains("VIRTUAL TABLE INDEX") && plan.contains(":M"), "search must use FTS5 MATCH:\n\(plan)")
        // 64 is FTS5's "ordered by rowid" flag: the search key orders matches by score, so the page is read in order.
        #expect(plan.contains("VIRTUAL TABLE INDEX 64:M"), "a search page must come out of the index in worklist order:\n\(plan)")
        #expect(!scansClaims(plan), "search must not scan the claim table:\n\(plan)")
    }

    @Test func ingestIndexesEveryClaimForSearch() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder)
        let all = try store.claims(ClaimFilter())
        let withCouncil = all.filter { $0.text.range(of: #"\bcouncil\b"#, options: [.regularExpression, .caseInsensitive]) != nil }
        #expect(!withCouncil.isEmpty)
        let found = try store.claims(ClaimFilter(search: "council"))
        #expect(Set(found.map(\.id)) == Set(withCouncil.map(\.id)))
        // Every claim has its first history entry, in reading order.
        for claim in all.prefix(5) {
            #expect(try store.history(of: claim.id).map(\.action) == [.extracted])
        }
    }

    @Test func aSearchPageIsTheBestMatchesInWorklistOrder() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder)
        let all = try store.claims(ClaimFilter(search: "the"))
        #expect(all.count > 5)
        let expected = all.sorted { ($0.score, -$0.id.rawValue) > ($1.score, -$1.id.rawValue) }.prefix(5)
        let page = try store.claims(ClaimFilter(search: "the", limit: 5))
        #expect(page.map(\.id) == expected.map(\.id))
        #expect(page.allSatisfy { !$0.kinds.isEmpty })
    }

    @Test func footerCountStopsAtItsCap() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder)
        let total = try store.countClaims(ClaimFilter())
        #expect(total > 10)
        #expect(try store.countClaims(ClaimFilter(), cap: 10) == 11)
        #expect(try store.countClaims(ClaimFilter(), cap: total + 5) == total)
        let search = ClaimFilter(search: "the")
        let matches = try store.countClaims(search)
        #expect(matches > 10)
        #expect(try store.countClaims(search, cap: 10) == 11)
        #expect(try store.countClaims(search, cap: matches + 5) == matches)
        #expect(try store.countClaims(ClaimFilter(statuses: [.verified], search: "the"), cap: 10) == 0)
    }
}
