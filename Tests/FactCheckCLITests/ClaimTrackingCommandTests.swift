import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// The story of claims tracked across articles, through the binary: a verdict on the first article, the
/// follow-up ingested, its repeated and changed claims flagged, a verdict carried, published fact-checks imported.
@Suite(.serialized) struct ClaimTrackingCommandTests {
    /// The examples ingested, the bridge-cost and change-order claims verified with their evidence.
    private func checkedExamples() throws -> (ExampleDatabase, cost: String, orders: String) {
        let db = try ExampleDatabase()
        func id(_ search: String) throws -> String {
            let result = try db.run(["claims", "--search", search, "--limit", "1", "--format", "csv"])
            let lines = result.stdout.split(whereSeparator: \.isNewline)
            try #require(lines.count > 1, "no claim for '\(search)': \(result.stdout) \(result.stderr)")
            return String(lines[1].split(separator: ",")[0])
        }
        let cost = try id("212 million"), orders = try id("37 change orders")
        for claim in [cost, orders] {
            #expect(try db.run(["cite", claim, "--url", "https://example.org/audit", "--stance", "supports"]).status == 0)
            #expect(try db.run(["mark", claim, "verified", "--note", "audit p. 4"]).status == 0)
        }
        return (db, cost, orders)
    }

    private var followUp: String { Paths.examples.appendingPathComponent("follow-up/harbor-bridge-update.txt").path }

    @Test func theFollowUpSaysWhatWasCheckedBeforeAndWhichFigureChanged() throws {
        let (db, cost, orders) = try checkedExamples()
        let ingest = try db.run(["ingest", followUp])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("(2 checked before, 1 figure changed)"), "\(ingest.stdout)")

        let changed = try db.run(["claims", "--changed", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        let match = try #require((rows.first?["matches"] as? [[String: Any]])?.first)
        #expect(match["relation"] as? String == "changed")
        #expect("\(match["claim_id"] ?? "")" == cost)
        #expect(match["status"] as? String == "verified")
        let changes = try #require(match["changes"] as? [[String: String]])
        #expect(changes.first == ["from": "$212 million", "to": "$219 million"])

        let checked = try db.run(["claims", "--checked-before"])
        #expect(checked.stdout.contains("checked before: claim \(orders) (verified"), "\(checked.stdout)")
        #expect(checked.stdout.contains("figure changed from claim \(cost) (verified"), "\(checked.stdout)")
        // A search page with a match filter: the filter's own WHERE must survive being joined to the search (it did not).
        let searched = try db.run(["claims", "--checked-before", "--search", "change orders", "--article", "4", "--limit", "1"])
        #expect(searched.status == 0, "\(searched.stderr)")
        #expect(searched.stdout.contains("checked before: claim \(orders)"), "\(searched.stdout)")
        let table = try db.run(["claims", "--status", "unverified", "--article", "4"])
        #expect(table.stdout.contains("↳ checked before: claim \(orders)"), "\(table.stdout)")
        // Recomputed for every claim, the matches are the same (a refresh of all claims once emptied them all).
        let refreshed = try db.run(["match", "--refresh"])
        #expect(refreshed.stdout.hasSuffix("2 checked before, 1 with a figure changed\n"), "\(refreshed.stdout)")
        #expect(try db.run(["claims", "--checked-before"]).stdout == checked.stdout)
    }

    /// `ingest --no-match` stores the follow-up's claims without their matches; `match --refresh` finds the same ones
    /// an ingest that matched would have.
    @Test func anIngestWithoutMatchingLeavesTheMatchesToRefresh() throws {
        let (db, _, _) = try checkedExamples()
        let ingest = try db.run(["ingest", "--no-match", followUp])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("claims\n") && !ingest.stdout.contains("checked before"), "\(ingest.stdout)")
        #expect(try db.run(["claims", "--checked-before", "--format", "csv"]).stdout.split(whereSeparator: \.isNewline).count == 1)
        let match = try db.run(["match", "The bridge cost $219 million", "--format", "json"])
        #expect(match.status == 0, "a command that only reads matches while the index lags: \(match.stderr)")
        #expect(try db.run(["match", "--refresh"]).status == 0)
        let changed = try db.run(["claims", "--changed", "--format", "csv"]).stdout.split(whereSeparator: \.isNewline)
        let checked = try db.run(["claims", "--checked-before", "--format", "csv"]).stdout.split(whereSeparator: \.isNewline)
        #expect(changed.count == 2 && checked.count == 3, "\(changed) \(checked)")
    }

    @Test func aVerdictIsCarriedOnlyOntoTheSameClaim() throws {
        let (db, cost, orders) = try checkedExamples()
        #expect(try db.run(["ingest", followUp]).status == 0)
        let repeated = try db.run(["claims", "--checked-before", "--format", "csv"]).stdout.split(whereSeparator: \.isNewline).dropFirst()
            .map { String($0.split(separator: ",")[0]) }
        #expect(repeated.count == 2)
        let (changedID, sameID) = (repeated[0], repeated[1])
        let before = try db.rows()

        let refused = try db.run(["mark", changedID, "--same-as", cost])
        #expect(refused.status == 65)
        #expect(refused.errorLines.count == 1)
        #expect(refused.stderr.contains("$212 million → $219 million"), "\(refused.stderr)")
        let unknown = try db.run(["mark", sameID, "--same-as", "999"])
        #expect(unknown.status == 65)
        #expect(unknown.errorLines == ["factcheck: error: claim 999 not found; run 'factcheck claims' to list ids"])
        let unknownReview = try db.run(["mark", sameID, "--same-as", "review:5"])
        #expect(unknownReview.status == 65)
        #expect(unknownReview.errorLines.count == 1)
        #expect(try db.rows() == before, "a refused carry changes nothing")

        let carried = try db.run(["mark", sameID, "--same-as", orders, "--note", "Same audit finding"])
        #expect(carried.status == 0, "\(carried.stderr)")
        #expect(carried.stdout == "claim \(sameID): unverified → verified (carried from claim \(orders))\n")
        let history = try db.run(["history", sameID, "--format", "json"]).stdout
        #expect(history.contains("\"carried_from_claim\" : \(orders)"), "\(history)")
        let show = try db.run(["show", sameID]).stdout
        #expect(show.contains("carried from claim \(orders), whose evidence stands for it"), "\(show)")
        #expect(show.contains("the verdict was carried from claim \(orders)"), "\(show)")
        #expect(!show.contains("Unsupported"), "a carried verdict is supported by its source's evidence: \(show)")
    }

    @Test func ourOwnClaimReviewExportImportsBackLosslessly() throws {
        let (db, cost, orders) = try checkedExamples()
        for (key, value) in [("org.name", "Millbrook Checks"), ("org.url", "https://checks.example.org"),
                             ("review.url", "https://checks.example.org/claims/{id}")] {
            #expect(try db.run(["config", "set", key, value]).status == 0)
        }
        // ClaimReview is written for published verdicts only: approve as given, then publish both.
        #expect(try db.run(["config", "set", "review.required", "false"]).status == 0)
        for claim in [cost, orders] {
            #expect(try db.run(["mark", claim, "verified", "--note", "audit p. 4, approved"]).status == 0)
            let published = try db.run(["publish", claim])
            #expect(published.status == 0, "\(published.stderr)")
        }
        let export = db.folder.file("reviews.jsonld")
        #expect(try db.run(["report", "--format", "claimreview", "-o", export]).status == 0)
        let imported = try db.run(["import-reviews", export])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "2 reviews imported, 0 updated, 0 already imported\n")
        #expect(try db.run(["import-reviews", export]).stdout == "0 reviews imported, 0 updated, 2 already imported\n")

        let exported = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: export))) as? [[String: Any]])
        let store = try FactCheckStore(path: db.path, mode: .existing)
        let reviews = try store.reviews().reversed()
        #expect(reviews.count == exported.count)
        for (item, review) in zip(exported, reviews) {
            // Every field is kept: the whole item byte for byte (keys sorted) and the fields read from it.
            let sorted = try JSONSerialization.data(withJSONObject: item, options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(try store.reviewJSON(review.id) == String(decoding: sorted, as: UTF8.self))
            let rating = try #require(item["reviewRating"] as? [String: Any])
            let reviewed = try #require(item["itemReviewed"] as? [String: Any])
            #expect(review.url == item["url"] as? String)
            #expect(review.claimReviewed == item["claimReviewed"] as? String)
            #expect(review.published == item["datePublished"] as? String)
            #expect(review.reviewer == "Millbrook Checks")
            #expect(review.reviewerURL == "https://checks.example.org")
            #expect(review.rating.name == rating["alternateName"] as? String)
            #expect(review.rating.value == (rating["ratingValue"] as? NSNumber)?.doubleValue)
            #expect(review.rating.best == 5 && review.rating.worst == 1)
            #expect(review.rating.explanation == rating["ratingExplanation"] as? String)
            #expect(review.claimant == (reviewed["author"] as? [String: Any])?["name"] as? String)
            #expect(review.claimDate == reviewed["datePublished"] as? String)
            #expect(review.appearanceHeadline == (reviewed["appearance"] as? [String: Any])?["headline"] as? String)
        }
        let listed = try db.run(["reviews", "--search", "change orders"])
        #expect(listed.stdout.contains("True"), "\(listed.stdout)")
        let matched = try db.run(["match", "The audit found that 37 change orders were signed without a competitive bid, and the contractor billed 1,426 hours of overtime in one month.", "--format", "json"])
        #expect(matched.stdout.contains("\"review_id\""), "\(matched.stdout)")
    }

    @Test(arguments: [
        ("not json at all", "is not JSON"),
        (#"[{"@type": "ClaimReview", "url": "https://a.example/1"}]"#, "ClaimReview 1: no claimReviewed; skipped"),
        (#"{"@type": "ClaimReview", "url": "a.example/1", "claimReviewed": "x"}"#, "ClaimReview 1: url 'a.example/1' is not an http(s) address; skipped"),
    ])
    func aBadReviewFileChangesNothing(_ json: String, _ message: String) throws {
        let db = try ExampleDatabase()
        let file = db.folder.write("bad.json", json)
        let before = try db.rows()
        let result = try db.run(["import-reviews", file])
        #expect(result.status == 65)
        #expect(result.errorLines.first?.contains(message) == true, "\(result.stderr)")
        #expect(try db.rows() == before)
    }

    @Test func matchAnswersAnyTextAndSearchStems() throws {
        let db = try ExampleDatabase()
        let found = try db.run(["match", "Repairs to the Harbor Street Bridge will cost $212 million, nearly $48 million more than the council approved in 2021."])
        #expect(found.status == 0)
        #expect(found.stdout.hasPrefix("same "), "\(found.stdout)")
        let dated = try db.run(["match", "Repairs to the Harbor Street Bridge will cost $212 million, nearly $48 million more than the council approved in 2021.", "--published", "March 5, 2024"])
        #expect(dated.status == 0 && dated.stdout.hasPrefix("same "), "\(dated.stdout)\(dated.stderr)")
        let stemmed = try db.run(["claims", "--search", "repair bridges"])
        #expect(stemmed.stdout.contains("Repairs to the Harbor Street Bridge"), "\(stemmed.stdout)")
        let bad = try db.run(["match"])
        #expect(bad.status == 64)
    }

    /// A damaged segment of the matching index is refused in one line that says what to do, and nothing is written.
    @Test func aDamagedMatchingIndexEntryIsOneLineAndChangesNothing() throws {
        let db = try ExampleDatabase()
        try FactCheckStore(path: db.path, mode: .existing).db.execute("UPDATE claim_posting SET postings = x'80' WHERE term = 'bridg'")
        let before = try db.rows()
        let result = try db.run(["match", "Repairs to the Harbor Street Bridge will cost $212 million, nearly $48 million more than the council approved in 2021."])
        #expect(result.status == 65, "\(result.status)")
        #expect(result.stderr == "factcheck: error: " + StoreError.damaged(path: db.path).errorDescription! + "\n", "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try db.rows() == before)
    }
}
