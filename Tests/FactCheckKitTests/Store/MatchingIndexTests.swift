import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// The matching index (`claim_posting`): its segments' bytes, and candidates equal to those of the same query of
/// `claim_fts` ranked by `RankFunction`, through ingest, batches, edits, merges and a migration.
@Suite struct MatchingIndexTests {
    @Test func aSegmentReadsBackItsPostingsAndRefusesBrokenBytes() throws {
        var random = SystemRandomNumberGenerator()
        var key: Int64 = 0
        var postings: [(key: Int64, count: Int)] = []
        for _ in 0..<500 {
            key += Int64.random(in: 1...(1 << 40), using: &random)
            postings.append((key, Bool.random(using: &random) ? 1 : Int.random(in: 2...300, using: &random)))
        }
        typealias Claims = PostingList<ClaimPostings>
        let bytes = Claims.encode(postings)
        let decoded = try #require(Claims.decode(bytes))
        #expect(decoded.map(\.key) == postings.map(\.key))
        #expect(decoded.map(\.count) == postings.map(\.count))
        #expect(Claims.encode([(5, 1)]) == [10], "a claim holding the term once: its gap times two")
        #expect(Claims.encode([(5, 3)]) == [11, 3], "more than once: the flag, then the count")
        #expect(Claims.decode(Array(bytes.dropLast())) == nil, "a segment cut inside a varint")
        #expect(Claims.decode([0]) == nil, "a gap of nothing")
        #expect(Claims.decode([11, 1]) == nil, "a count of one is never written")

        typealias Reviews = PostingList<ReviewPostings>
        let reviews: [ReviewPostings.Posting] = [(3, 1, 0, 12), (4, 0, 2, 9), (300, 2, 1, 40)]
        let read = try #require(Reviews.decode(Reviews.encode(reviews)))
        #expect(read.map(\.key) == [3, 4, 300] && read.map(\.claimCount) == [1, 0, 2])
        #expect(read.map(\.headlineCount) == [0, 2, 1] && read.map(\.length) == [12, 9, 40])
        #expect(Reviews.decode([3, 0, 0, 5]) == nil, "a review holding the term nowhere")
        #expect(Reviews.decode([3, 4, 0, 2]) == nil, "more instances than terms")
    }

    /// Claims drawn from a small vocabulary, so many tie, hold a word twice, or share most words; scores varied so
    /// the search keys are not in id order.
    private static func sentences(count: Int, seed: UInt64) -> [String] {
        let words = ["bridge", "harbour", "ferry", "council", "budget", "dollars", "riders", "toll", "repairs", "city",
                     "bridges", "tolls", "rose", "fell", "percent", "million", "résumé", "naïve"]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<(3 + next(6))).map { _ in words[next(words.count)] }.joined(separator: " ") }
    }

    private func ingest(_ sentences: [String], into store: FactCheckStore, perArticle: Int = 3) throws {
        for start in stride(from: 0, to: sentences.count, by: perArticle) {
            let group = Array(sentences[start..<min(sentences.count, start + perArticle)])
            let claims = group.enumerated().map { index, text in
                ExtractedClaim(text: text, position: index, startOffset: 0, endOffset: text.utf8.count, kinds: [.quantity],
                               score: Double((text.utf8.count * 37) % 100) / 100)
            }
            let body = group.joined(separator: "\n\n") + "\n\narticle \(start)"
            _ = try store.ingest(ArticleDraft(metadata: ArticleMetadata(title: "A\(start)"), body: body, sourcePath: nil, claims: claims), editor: "t")
        }
    }

    /// Every query of `phrases` (with weights) gives the same candidates, scores and order from both indexes.
    /// Claims stored since the last match are owed to the index: matching reads FTS5 until it is caught up.
    private func expectSameCandidates(_ store: FactCheckStore, _ queries: [[String]], sourceLocation: SourceLocation = #_sourceLocation) throws {
        if try store.hasStalePostings(.claims) {
            #expect(try store.claimCandidates(phrases: ["bridge"], weights: [1], limit: 5, excludingArticle: nil, before: nil) == nil,
                    sourceLocation: sourceLocation)
            try store.catchUpMatchingIndex()
            #expect(try !store.hasStalePostings(), sourceLocation: sourceLocation)
        }
        let total = try store.documentCount(in: .claims)
        for (index, phrases) in queries.enumerated() {
            let frequencies = try store.documentFrequencies(of: phrases, in: .claims)
            let weights = phrases.map { RankFunction.idf(documents: frequencies[$0] ?? 0, total: total) }
            let fts = phrases.map { "\"\($0)\"" }.joined(separator: " OR ")
            let excluded: ArticleID? = index % 3 == 0 ? ArticleID(2) : nil
            let before: ClaimID? = index % 4 == 1 ? ClaimID(Int64(total / 2)) : nil
            let limit = index % 2 == 0 ? 5 : 30
            let indexed = try #require(try store.claimCandidates(
                phrases: phrases, weights: weights, limit: limit, excludingArticle: excluded, before: before
            ))
            let expected = try store.claimCandidates(fts, limit: limit, excludingArticle: excluded, before: before, phraseWeights: weights)
            #expect(indexed.map(\.target) == expected.map(\.target), "\(phrases)", sourceLocation: sourceLocation)
            #expect(indexed.map(\.bm25) == expected.map(\.bm25), "\(phrases)", sourceLocation: sourceLocation)
            #expect(indexed.map(\.text) == expected.map(\.text), sourceLocation: sourceLocation)
            #expect(indexed.map(\.articleID) == expected.map(\.articleID), sourceLocation: sourceLocation)
            if excluded == nil, before == nil {
                #expect(!expected.isEmpty || phrases.allSatisfy { (frequencies[$0] ?? 0) == 0 }, "\(phrases)", sourceLocation: sourceLocation)
            }
        }
    }

    private static let queries: [[String]] = [
        ["bridge"], ["bridges", "toll"], ["ferry", "riders", "dollars"], ["budget", "budget", "council"],
        ["harbour", "fell", "percent", "million"], ["resume", "naive"], ["tolls", "city", "repairs", "rose", "bridge"],
        ["nowhere"], ["council", "nowhere"],
    ]

    @Test func candidatesAreThoseOfTheFullTextQueryInItsOrder() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        try ingest(Self.sentences(count: 150, seed: 7), into: store)
        try expectSameCandidates(store, Self.queries)
    }

    @Test func claimsStoredInOneBatchAreIndexedBeforeTheyAreSearched() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        try ingest(Self.sentences(count: 30, seed: 3), into: store)
        try store.batch {
            try ingest(Self.sentences(count: 60, seed: 11), into: store)
            // Inside the batch: its claims are fed to the full-text index before the first read, and caught up with
            // by the matching index there.
            try expectSameCandidates(store, Self.queries)
        }
        try expectSameCandidates(store, Self.queries)
    }

    @Test func aTermsSegmentsAreMergedTierByTierAndStillFindEveryClaim() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        // One claim an article: each ingest adds a segment of one row to "bridge", and full tiers are merged, as a
        // counter in base four carries: 75 rows (1023 in base four) end in 1 + 0 + 2 + 3 segments.
        let count = 75
        for number in 0..<count {
            try ingest(["bridge number \(number) opened"], into: store, perArticle: 1)
            try store.catchUpMatchingIndex()
        }
        #expect(try store.postingSegmentCount(of: "bridg") == 6)
        let found = try #require(try store.claimCandidates(phrases: ["bridge"], weights: [1], limit: 100, excludingArticle: nil, before: nil))
        #expect(found.count == count)
        try expectSameCandidates(store, [["bridge"], ["bridge", "opened"]])
    }

    /// A write holds a bounded number of postings: past it, it stores what it holds as segments and goes on.
    @Test func claimsIndexedAFewPostingsAtATimeGiveTheSameCandidates() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        try ingest(Self.sentences(count: 90, seed: 23), into: store, perArticle: 30)
        try store.catchUpMatchingIndex()
        try store.write { () throws(StoreError) in
            try store.db.execute("DELETE FROM claim_posting")
            try store.indexClaimPostings(ofClaimsWhere: "id >= ?", .integer(0), holding: 7)
        }
        #expect(try store.postingSegmentCount(of: "bridg") > 1)
        try expectSameCandidates(store, Self.queries)
    }

    @Test func anEditedClaimIsFoundByItsNewWordsOnly() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        try ingest(Self.sentences(count: 40, seed: 5), into: store)
        try store.catchUpMatchingIndex()
        _ = try store.editText(ClaimID(7), to: ClaimRevision(reading: "Wombats dug twelve tunnels under the bridge."), note: nil, editor: "t")
        let wombats = try #require(try store.claimCandidates(phrases: ["wombats"], weights: [1], limit: 10, excludingArticle: nil, before: nil))
        #expect(wombats.map(\.target) == [.claim(ClaimID(7))])
        try expectSameCandidates(store, Self.queries + [["wombats", "bridge"], ["tunnels"]])
    }

    /// A claim's text or score, or a review's text, changed by any means (SQL here) is queued by the triggers: until
    /// the next write catches the index up, matching reads FTS5, and afterwards the index agrees again.
    @Test func rowsChangedOutsideTheStoresEditsAreCaughtUpWith() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        try ingest(Self.sentences(count: 40, seed: 9), into: store)
        try store.catchUpMatchingIndex()
        let claims = Self.sentences(count: 12, seed: 21)
        _ = try store.importReviews((0..<12).map { Self.review($0, claims[$0], headline: "headline \($0)") }, editor: "t")
        try store.db.execute("UPDATE claim SET text = 'Wombats dug twelve tunnels', score = 0.99 WHERE id = 3")
        try store.db.execute("UPDATE claim SET score = 0.01 WHERE id = 4")
        try store.db.execute("UPDATE review SET claim_reviewed = 'Wombats never dig tunnels' WHERE id = 2")
        #expect(try store.hasStalePostings())
        #expect(try store.claimCandidates(phrases: ["wombats"], weights: [1], limit: 5, excludingArticle: nil, before: nil) == nil)
        #expect(try store.reviewCandidates(fts: "\"wombats\"", phrases: ["wombats"], limit: 5, headlineWeight: 1) == nil)
        #expect(try store.documentFrequencies(of: ["wombats", "bridge"], in: .claims) == [
            "wombats": 1, "bridge": try store.countedDocumentFrequency(of: "bridge", in: .claims),
        ])
        try store.write { () throws(StoreError) in try store.refreshStalePostings() }
        #expect(try !store.hasStalePostings())
        let wombats = try #require(try store.claimCandidates(phrases: ["wombats"], weights: [1], limit: 5, excludingArticle: nil, before: nil))
        #expect(wombats.map(\.target) == [.claim(ClaimID(3))])
        try expectSameCandidates(store, Self.queries + [["wombats", "tunnels"]])
        try expectSameReviews(store, Self.queries + [["wombats", "tunnels"]])
    }

    /// Claims stored are owed to the matching index until the next match catches it up: edited, rescored or deleted
    /// meanwhile, each is indexed once, as it is then.
    @Test func claimsOwedToTheIndexAreIndexedOnceAsTheyAreWhenCaughtUp() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        try ingest(Self.sentences(count: 30, seed: 31), into: store)
        try store.catchUpMatchingIndex()
        let segments = try store.postingSegmentCount(of: "bridg")
        try ingest(Self.sentences(count: 45, seed: 37), into: store)
        #expect(try store.owedClaimPostings() == 31, "the first claim of the second ingest")
        #expect(try store.postingSegmentCount(of: "bridg") == segments, "storing claims writes nothing to the matching index")
        #expect(try store.reviewCandidates(fts: "\"bridge\"", phrases: ["bridge"], limit: 5, headlineWeight: 1) != nil,
                "owed claims leave the reviews' index readable")
        // Changed while owed: an edit through the store, a score and a text changed by SQL.
        _ = try store.editText(ClaimID(40), to: ClaimRevision(reading: "Wombats dug twelve tunnels under the bridge."), note: nil, editor: "t")
        try store.db.execute("UPDATE claim SET score = 0.02 WHERE id = 41")
        try store.db.execute("UPDATE claim SET text = 'Wombats never cross a bridge' WHERE id = 42")
        // And one already indexed: taken out of its old words as before.
        _ = try store.editText(ClaimID(5), to: ClaimRevision(reading: "Wombats rebuilt the ferry."), note: nil, editor: "t")
        #expect(try store.claimCandidates(phrases: ["wombats"], weights: [1], limit: 5, excludingArticle: nil, before: nil) == nil)
        try store.catchUpMatchingIndex()
        #expect(try store.owedClaimPostings() == nil)
        let wombats = try #require(try store.claimCandidates(phrases: ["wombats"], weights: [1], limit: 10, excludingArticle: nil, before: nil))
        #expect(Set(wombats.map(\.target)) == [.claim(ClaimID(5)), .claim(ClaimID(40)), .claim(ClaimID(42))])
        // Each claim once: a term's documents summed over its segments equal FTS5's count.
        for word in ["bridge", "ferry", "wombats", "toll", "percent", "budget"] {
            #expect(try store.documentFrequencies(of: [word], in: .claims)[word] == (try store.countedDocumentFrequency(of: word, in: .claims)), "\(word)")
        }
        try expectSameCandidates(store, Self.queries + [["wombats", "bridge"], ["tunnels", "ferry"]])
    }

    /// Matching at ingest catches the index up with the batch it follows, and reads it, not FTS5.
    @Test func matchingAtIngestCatchesTheIndexUp() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        try ingest(Self.sentences(count: 30, seed: 41), into: store)
        try ingest(["bridge tolls rose 12 percent in the city budget"], into: store)
        #expect(try store.hasStalePostings(.claims))
        let last = try #require(try store.articleSummaries().last?.id)
        try ClaimTracking.refresh(try store.claimIDs(article: last), in: store, using: ClaimMatcher(store: store))
        #expect(try !store.hasStalePostings())
        try expectSameCandidates(store, Self.queries)
    }

    /// Matching after each article inside one batch (as `factcheck-bench ingest --matching` stores): a catch-up between
    /// two articles indexes the claims the batch has not fed to the full-text index yet, and they are indexed once.
    @Test func matchingArticleByArticleInsideABatchIndexesEachClaimOnce() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        let matcher = ClaimMatcher(store: store)
        let sentences = Self.sentences(count: 60, seed: 47)
        try store.batch {
            for start in stride(from: 0, to: sentences.count, by: 3) {
                try ingest(Array(sentences[start..<(start + 3)]), into: store)
                let last = try #require(try store.articleSummaries().last?.id)
                try ClaimTracking.refresh(try store.claimIDs(article: last), in: store, using: matcher)
            }
        }
        try store.catchUpMatchingIndex()
        for word in ["bridge", "ferry", "toll", "percent", "budget", "council"] {
            #expect(try store.documentFrequencies(of: [word], in: .claims)[word] == (try store.countedDocumentFrequency(of: word, in: .claims)), "\(word)")
        }
        try expectSameCandidates(store, Self.queries)
    }

    /// Writes of every kind in random order (single ingests, batches with or without matching inside, edits, scores
    /// changed by SQL, catch-ups, refreshes): after each catch-up every term counts each claim once, as FTS5 does, and
    /// the candidates are FTS5's.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func writesInAnyOrderLeaveEachClaimIndexedOnce(seed: UInt64) throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        let matcher = ClaimMatcher(store: store)
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var made = 0
        func article() -> [String] {
            made += 1
            return Self.sentences(count: 1 + next(4), seed: seed * 1_000 + UInt64(made))
        }
        func refreshLast() throws {
            guard let last = try store.articleSummaries().last?.id else { return }
            try ClaimTracking.refresh(try store.claimIDs(article: last), in: store, using: matcher)
        }
        let words = ["bridge", "ferry", "toll", "percent", "budget", "council", "wombats", "harbour", "naive"]
        for _ in 0..<40 {
            switch next(6) {
            case 0: try ingest(article(), into: store)
            case 1:
                let matching = next(2) == 0
                try store.batch {
                    for _ in 0..<(1 + next(3)) {
                        try ingest(article(), into: store)
                        if matching { try refreshLast() }
                    }
                }
            case 2:
                let count = try store.documentCount(in: .claims)
                guard count > 0 else { continue }
                _ = try store.editText(ClaimID(Int64(1 + next(count))), to: ClaimRevision(reading: "Wombats rebuilt \(next(90)) bridges."), note: nil, editor: "t")
            case 3:
                let count = try store.documentCount(in: .claims)
                guard count > 0 else { continue }
                try store.db.execute("UPDATE claim SET score = \(Double(next(100)) / 100) WHERE id = \(1 + next(count))")
            case 4: try refreshLast()
            default:
                try store.catchUpMatchingIndex()
                for word in words {
                    #expect(try store.documentFrequencies(of: [word], in: .claims)[word] == (try store.countedDocumentFrequency(of: word, in: .claims)), "\(word)")
                }
            }
        }
        try expectSameCandidates(store, Self.queries + [["wombats", "bridges"]])
    }

    /// A term whose segments hold a row twice (no write of the store makes one; a damaged or hand-edited file does) is
    /// the damaged-database error when a write rewrites it, and the edit is undone: not a crash.
    @Test func aRowHeldTwiceIsADamagedDatabaseNotACrash() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        try ingest(Self.sentences(count: 30, seed: 43), into: store)
        try store.catchUpMatchingIndex()
        try store.db.execute("INSERT INTO claim_posting SELECT term, segment + 100, documents, postings FROM claim_posting WHERE term = 'bridg'")
        let claim = try #require(try store.claims(ClaimFilter()).first { $0.text.hasPrefix("bridge ") })
        #expect(throws: StoreError.damaged(path: folder.file("m.db"))) {
            _ = try store.editText(claim.id, to: ClaimRevision(reading: "Wombats dug twelve tunnels."), note: nil, editor: "t")
        }
        #expect(try store.claim(claim.id).text == claim.text)
    }

    @Test func aPhraseThatIsNotOneIndexTermIsLeftToTheFullTextQuery() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        try ingest(Self.sentences(count: 10, seed: 1), into: store)
        // The index tokenizer splits "covid-19" in two: a phrase, which only FTS5 can match.
        #expect(try store.claimCandidates(phrases: ["covid-19"], weights: [1], limit: 5, excludingArticle: nil, before: nil) == nil)
    }

    private static func review(_ index: Int, _ claim: String, headline: String?) -> ReviewDraft {
        ReviewDraft(url: "https://fc.example.org/\(index)", claimReviewed: claim, headline: headline,
                    rating: ReviewRating(name: "False", value: 1, best: 5, worst: 1, explanation: nil), json: "{\"n\": \"\(claim)\"}")
    }

    /// Every query of `phrases` gives the same reviews, ranks and order from both indexes.
    private func expectSameReviews(_ store: FactCheckStore, _ queries: [[String]], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (index, phrases) in queries.enumerated() {
            let fts = phrases.map { "\"\($0)\"" }.joined(separator: " OR ")
            let weight = index % 2 == 0 ? 1.0 : 2.0
            let limit = index % 3 == 0 ? 4 : 30
            let indexed = try #require(try store.reviewCandidates(fts: fts, phrases: phrases, limit: limit, headlineWeight: weight))
            let expected = try store.reviewCandidates(fts, limit: limit, headlineWeight: weight)
            #expect(indexed.map(\.target) == expected.map(\.target), "\(phrases)", sourceLocation: sourceLocation)
            #expect(indexed.map(\.bm25) == expected.map(\.bm25), "\(phrases)", sourceLocation: sourceLocation)
            #expect(indexed.map(\.text) == expected.map(\.text), sourceLocation: sourceLocation)
            #expect(indexed.map(\.headline) == expected.map(\.headline), sourceLocation: sourceLocation)
            #expect(indexed.map(\.rating) == expected.map(\.rating), sourceLocation: sourceLocation)
            #expect(indexed.map(\.published) == expected.map(\.published), sourceLocation: sourceLocation)
        }
    }

    @Test func reviewsAreRankedAsBM25RanksThemWithTheirLengthAndHeadline() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("m.db"))
        let claims = Self.sentences(count: 120, seed: 13)
        let headlines = Self.sentences(count: 120, seed: 17)
        // Two imports, and some reviews imported one at a time: several segments a term, merged past the limit.
        _ = try store.importReviews((0..<60).map { Self.review($0, claims[$0], headline: $0 % 3 == 0 ? nil : headlines[$0]) }, editor: "t")
        for index in 60..<80 { _ = try store.importReviews([Self.review(index, claims[index], headline: headlines[index])], editor: "t") }
        _ = try store.importReviews((80..<120).map { Self.review($0, claims[$0] + " " + claims[$0], headline: headlines[$0]) }, editor: "t")
        try expectSameReviews(store, Self.queries)
        // A review its publisher changed: found by its new words, ranked by its new length.
        _ = try store.importReviews([Self.review(5, "Wombats dug twelve tunnels under the bridge", headline: "Tunnel claim")], editor: "t")
        let wombats = try #require(try store.reviewCandidates(fts: "\"wombats\"", phrases: ["wombats"], limit: 5, headlineWeight: 1))
        #expect(wombats.count == 1 && wombats.first?.headline == "Tunnel claim")
        try expectSameReviews(store, Self.queries + [["wombats", "bridge"], ["tunnel", "bridge", "city"]])
    }

    @Test func aMigratedDatabaseIndexesTheClaimsItAlreadyHeld() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: try MigrationTests.copyOfVersion1(in: folder), mode: .existing)
        #expect(try store.documentCount(in: .claims) > 0)
        let words = try store.claims(ClaimFilter()).flatMap { MatchText($0.text).terms }
        try expectSameCandidates(store, [Array(words.prefix(3)), Array(words.suffix(4)), [words[words.count / 2]], Array(words.prefix(8))])
    }
}

extension FactCheckStore {
    /// How many segments `term` (an index term) has in the matching index.
    func postingSegmentCount(of term: String) throws -> Int {
        let statement = try db.statement("SELECT count(*) FROM claim_posting WHERE term = ?")
        try statement.bind(.text(term))
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(0)
    }
}
