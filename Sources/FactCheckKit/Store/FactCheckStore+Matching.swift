/// A claim or review the full-text index offers for a match, with its BM25 rank (lower is better).
struct MatchCandidate: Sendable {
    var target: MatchTarget
    var text: String
    var headline: String?
    var bm25: Double
    var status: ClaimStatus?
    var rating: String?
    var articleID: ArticleID?
    /// When the candidate was said or published, as stored: the date of the claim a review checks (its
    /// itemReviewed's datePublished), else the review's own; a claim's article's date.
    var published: String?
}

/// Which full-text index a match reads.
enum MatchIndex: Hashable, Sendable {
    case claims
    case reviews
}

extension FactCheckStore {
    /// The best-ranked imported reviews for an FTS5 query; `headlineWeight` is the BM25 weight of the
    /// fact-check's headline against the claim reviewed (1).
    func reviewCandidates(_ query: String, limit: Int, headlineWeight: Double) throws(StoreError) -> [MatchCandidate] {
        let statement = try db.statement("""
            SELECT r.claim_reviewed, r.headline, r.rating_name, r.rating_value, r.best_rating, r.worst_rating,
                   coalesce(r.claim_date, r.published), r.id, c.rank
            FROM (SELECT rowid AS id, bm25(review_fts, ?, ?) AS rank FROM review_fts WHERE review_fts MATCH ?
                  ORDER BY rank LIMIT ?) c
            JOIN review r ON r.id = c.id ORDER BY c.rank
            """)
        try statement.bind(
            .real(1), .real(headlineWeight), .text(query), .integer(Int64(limit))
        )
        defer { statement.reset() }
        var result: [MatchCandidate] = []
        while try statement.step() { result.append(Self.reviewCandidate(statement, id: statement.int64(7), rank: statement.double(8))) }
        return result
    }

    /// A review candidate from a row whose first columns are claim_reviewed, headline, rating_name, rating_value,
    /// best_rating, worst_rating and its date (`coalesce(claim_date, published)`).
    static func reviewCandidate(_ statement: Statement, id: Int64, rank: Double) -> MatchCandidate {
        let rating = ReviewRating(
            name: statement.optionalText(2), value: statement.isNull(3) ? nil : statement.double(3),
            best: statement.isNull(4) ? nil : statement.double(4), worst: statement.isNull(5) ? nil : statement.double(5),
            explanation: nil
        )
        return MatchCandidate(
            target: .review(ReviewID(id)), text: statement.text(0), headline: statement.optionalText(1),
            bm25: rank, rating: rating.label, published: statement.optionalText(6)
        )
    }

    /// The best-ranked stored claims for an FTS5 query, leaving out one article's claims (a claim is not
    /// "checked before" by its own article) and, with `before`, every claim from that id on. With `phraseWeights`
    /// (one per phrase of `query`, its IDF) the ranking is `RankFunction`'s; without, FTS5's `bm25()`.
    func claimCandidates(
        _ query: String, limit: Int, excludingArticle: ArticleID?, before: ClaimID?, phraseWeights: [Double]? = nil
    ) throws(StoreError) -> [MatchCandidate] {
        try indexPendingText()
        let ranking = try rankingCall("claim_fts", phrases: phraseWeights?.count)
        let statement = try db.statement("""
            SELECT c.id, c.text, c.status, c.article_id, m.rank, a.published
            FROM (SELECT rowid & \(Self.searchKeyIDMask) AS id, \(ranking) AS rank FROM claim_fts WHERE claim_fts MATCH ?
                  ORDER BY rank LIMIT ?) m
            JOIN claim c ON c.id = m.id
            JOIN article a ON a.id = c.article_id
            WHERE c.article_id IS NOT ? AND c.id < ?
            ORDER BY m.rank
            """)
        try statement.bind(
            (phraseWeights ?? []).map { .real($0) } + [
                .text(query), .integer(Int64(limit + 20)), excludingArticle.map { .integer($0.rawValue) } ?? .null,
                .integer(before?.rawValue ?? Int64.max),
            ]
        )
        defer { statement.reset() }
        var result: [MatchCandidate] = []
        while try statement.step(), result.count < limit {
            result.append(MatchCandidate(
                target: .claim(ClaimID(statement.int64(0))), text: statement.text(1),
                bm25: statement.double(4), status: ClaimStatus(rawValue: statement.text(2)),
                articleID: ArticleID(statement.int64(3)), published: statement.optionalText(5)
            ))
        }
        return result
    }

    /// The ranking expression of a candidate query: `RankFunction` with a bound weight for each phrase, or, without
    /// phrase weights, FTS5's `bm25()`.
    private func rankingCall(_ table: String, phrases: Int?) throws(StoreError) -> String {
        guard let phrases else { return "bm25(\(table))" }
        if !matchingState.rankRegistered {
            try RankFunction.register(on: db)
            matchingState.rankRegistered = true
        }
        return "\(RankFunction.name)(\(table)" + String(repeating: ", ?", count: phrases) + ")"
    }

    /// What matching reads of a stored claim: its text, its article, and that article's date as stored (nil when
    /// it has none). One row, where `claim(_:)` would read evidence, history state, quantities and matches too.
    func matchingSubject(_ id: ClaimID) throws(StoreError) -> (text: String, articleID: ArticleID, published: String?) {
        let statement = try db.statement("SELECT c.text, c.article_id, a.published FROM claim c JOIN article a ON a.id = c.article_id WHERE c.id = ?")
        try statement.bind(.integer(id.rawValue))
        defer { statement.reset() }
        guard try statement.step() else { throw .claimNotFound(id) }
        return (statement.text(0), ArticleID(statement.int64(1)), statement.optionalText(2))
    }

    /// How many claims or reviews hold `word` (as the index's tokenizer reads it), from the index vocabulary.
    func documentFrequency(of word: String, in index: MatchIndex) throws(StoreError) -> Int {
        try documentFrequencies(of: [word], in: index)[word] ?? 0
    }

    /// Whether any claim of another article was stored before `id`: something earlier for `id`'s claim (or, with
    /// `id` the last of a set, for any claim of the set) to match. Ids only grow, so a new article's own claims are
    /// the only ones it skips; a range lookup by rowid, whatever the size of the archive.
    func hasClaims(before id: ClaimID) throws(StoreError) -> Bool {
        let statement = try db.statement(
            "SELECT EXISTS (SELECT 1 FROM claim WHERE id < ?1 AND article_id IS NOT (SELECT article_id FROM claim WHERE id = ?1))"
        )
        try statement.bind(.integer(id.rawValue))
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(0) != 0
    }

    /// How many documents an index holds.
    func documentCount(in index: MatchIndex) throws(StoreError) -> Int {
        let statement = try db.statement(index == .claims ? "SELECT count(*) FROM claim" : "SELECT count(*) FROM review")
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(0)
    }
}
