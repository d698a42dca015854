import Foundation

extension FactCheckStore {
    /// The condition on claim `c` for a match filter (fixed SQL, nothing to bind).
    static func condition(_ filter: MatchFilter) -> String {
        let relations = filter == .changed ? "('changed')" : "('same', 'changed')"
        return """
            EXISTS (SELECT 1 FROM claim_match m WHERE m.claim_id = c.id AND m.relation IN \(relations)
                AND (m.review_id IS NOT NULL OR EXISTS (SELECT 1 FROM claim o WHERE o.id = m.matched_claim_id
                    AND o.status NOT IN ('unverified', 'in-review'))))
            """
    }

    /// Replaces the stored matches of each claim with the ones given, in one transaction.
    public func storeMatches(_ matches: [(ClaimID, [ClaimMatch])]) throws(StoreError) {
        try write { () throws(StoreError) in
            let clear = try db.statement("DELETE FROM claim_match WHERE claim_id = ?")
            let insert = try db.statement("""
                INSERT INTO claim_match (claim_id, matched_claim_id, review_id, relation, score, reason, changes)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let encoder = JSONOutput.encoder(pretty: false)
            for (claimID, found) in matches {
                try clear.bind(.integer(claimID.rawValue)).run()
                for match in found {
                    let (claim, review): (SQLValue, SQLValue) = switch match.target {
                    case .claim(let id): (.integer(id.rawValue), .null)
                    case .review(let id): (.null, .integer(id.rawValue))
                    }
                    if case .claim(let id) = match.target, id == claimID { continue }
                    try insert.bind(
                        .integer(claimID.rawValue), claim, review, .text(match.relation.rawValue),
                        .real(min(1, max(0, match.score))), .text(match.reason),
                        .text((try? JSONOutput.string(match.changes, using: encoder)) ?? "[]")
                    ).run()
                }
            }
        }
    }

    /// A claim's stored matches, closest relation first, with the matched claim's status and the review's
    /// rating as they are now.
    public func matches(of claimID: ClaimID) throws(StoreError) -> [ClaimMatch] {
        let statement = try db.statement("""
            SELECT m.relation, m.score, m.reason, m.changes, m.matched_claim_id, m.review_id,
                   coalesce(o.text, r.claim_reviewed), o.status, o.article_id,
                   r.rating_name, r.rating_value, r.best_rating, r.worst_rating
            FROM claim_match m
            LEFT JOIN claim o ON o.id = m.matched_claim_id
            LEFT JOIN review r ON r.id = m.review_id
            WHERE m.claim_id = ?
            ORDER BY CASE m.relation WHEN 'changed' THEN 0 WHEN 'same' THEN 1 ELSE 2 END, m.score DESC, m.id
            """)
        try statement.bind(.integer(claimID.rawValue))
        defer { statement.reset() }
        var result: [ClaimMatch] = []
        while try statement.step() {
            let changes = (try? JSONDecoder().decode([FigureChange].self, from: Data(statement.text(3).utf8))) ?? []
            let target: MatchTarget = statement.isNull(4)
                ? .review(ReviewID(statement.int64(5))) : .claim(ClaimID(statement.int64(4)))
            var match = ClaimMatch(
                relation: MatchRelation(rawValue: statement.text(0)) ?? .related, score: statement.double(1),
                reason: statement.text(2), target: target, text: statement.text(6), changes: changes
            )
            if case .claim = target {
                match.status = ClaimStatus(rawValue: statement.text(7))
                match.articleID = ArticleID(statement.int64(8))
            } else {
                match.rating = ReviewRating(
                    name: statement.optionalText(9), value: statement.isNull(10) ? nil : statement.double(10),
                    best: statement.isNull(11) ? nil : statement.double(11), worst: statement.isNull(12) ? nil : statement.double(12),
                    explanation: nil
                ).label
            }
            result.append(match)
        }
        return result
    }

    /// The ids of one article's claims, or of every claim, in order: what `match --refresh` recomputes, and what
    /// ingest matches after storing an article.
    public func claimIDs(article: ArticleID? = nil) throws(StoreError) -> [ClaimID] {
        let (sql, values) = Self.claimIDsQuery(article)
        let statement = try db.statement(sql)
        try statement.bind(values)
        defer { statement.reset() }
        var result: [ClaimID] = []
        while try statement.step() { result.append(ClaimID(statement.int64(0))) }
        return result
    }

    /// SQLite's plan for `claimIDs(article:)`, one line per step: for the test that pins one article's claims to
    /// the `(article_id, position)` index.
    package func claimIDsPlan(article: ArticleID?) throws(StoreError) -> [String] {
        let (sql, values) = Self.claimIDsQuery(article)
        return try explainPlan(sql, values)
    }

    /// One article's claims are read through the `(article_id, position)` index: a single statement with
    /// `? IS NULL OR article_id = ?` cannot use it, and read every claim of the archive for each article ingest matched.
    private static func claimIDsQuery(_ article: ArticleID?) -> (String, [SQLValue]) {
        guard let article else { return ("SELECT id FROM claim ORDER BY id", []) }
        return ("SELECT id FROM claim WHERE article_id = ? ORDER BY id", [.integer(article.rawValue)])
    }
}
