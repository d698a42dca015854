/// What importing a batch of reviews did.
public struct ReviewImportOutcome: Equatable, Sendable {
    public var added = 0
    /// Reviews already stored under the same address whose content changed (a rating updated by its publisher).
    public var updated = 0
    public var unchanged = 0
}

extension FactCheckStore {
    static let reviewColumns = """
        r.id, r.url, r.claim_reviewed, r.headline, r.rating_name, r.rating_value, r.best_rating, r.worst_rating,
        r.rating_explanation, r.reviewer, r.reviewer_url, r.published, r.claimant, r.claim_date, r.appearance_url,
        r.appearance_headline, r.imported_at
        """

    /// Stores imported fact-checks in one transaction. A review is known by its address: importing it again
    /// changes nothing, or updates it in place when its publisher changed it.
    public func importReviews(_ drafts: [ReviewDraft], editor: String) throws(StoreError) -> ReviewImportOutcome {
        try write { () throws(StoreError) in
            var outcome = ReviewImportOutcome()
            let now = clock.timestamp()
            let existing = try db.statement("SELECT id, json FROM review WHERE url = ?")
            let insert = try db.statement("""
                INSERT INTO review (url, claim_reviewed, headline, rating_name, rating_value, best_rating, worst_rating,
                    rating_explanation, reviewer, reviewer_url, published, claimant, claim_date, appearance_url,
                    appearance_headline, json, imported_at, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let update = try db.statement("""
                UPDATE review SET claim_reviewed = ?, headline = ?, rating_name = ?, rating_value = ?, best_rating = ?,
                    worst_rating = ?, rating_explanation = ?, reviewer = ?, reviewer_url = ?, published = ?, claimant = ?,
                    claim_date = ?, appearance_url = ?, appearance_headline = ?, json = ?, imported_at = ?, imported_by = ?
                WHERE id = ?
                """)
            let firstNew = try nextReviewID()
            for draft in drafts {
                try existing.bind(.text(draft.url))
                let found = try existing.step() ? (id: existing.int64(0), json: existing.text(1)) : nil
                existing.reset()
                let fields: [SQLValue] = [
                    .text(draft.claimReviewed), draft.headline.sqlValue, draft.rating.name.sqlValue,
                    draft.rating.value.map(SQLValue.real) ?? .null, draft.rating.best.map(SQLValue.real) ?? .null,
                    draft.rating.worst.map(SQLValue.real) ?? .null, draft.rating.explanation.sqlValue,
                    draft.reviewer.sqlValue, draft.reviewerURL.sqlValue, draft.published.sqlValue, draft.claimant.sqlValue,
                    draft.claimDate.sqlValue, draft.appearanceURL.sqlValue, draft.appearanceHeadline.sqlValue,
                    .text(draft.json), .text(now), .text(editor),
                ]
                if let found {
                    if found.json == draft.json {
                        outcome.unchanged += 1
                    } else {
                        try update.bind(fields + [.integer(found.id)]).run()
                        outcome.updated += 1
                    }
                } else {
                    try insert.bind([.text(draft.url)] + fields).run()
                    outcome.added += 1
                }
            }
            // New rows are indexed in one statement, not a trigger per row (FTS5 flushes a segment per statement).
            try db.statement("""
                INSERT INTO review_fts (rowid, claim_reviewed, headline) SELECT id, claim_reviewed, headline FROM review WHERE id >= ?
                """).bind(.integer(firstNew)).run()
            try indexReviewPostings(ofReviewsWhere: "id >= ?", .integer(firstNew))
            try refreshStalePostings()
            return outcome
        }
    }

    private func nextReviewID() throws(StoreError) -> Int64 {
        let statement = try db.statement("SELECT coalesce(max(id), 0) + 1 FROM review")
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int64(0)
    }

    /// Imported reviews, newest import first; with `search`, those whose claim or headline hold every word.
    public func reviews(search: String? = nil, limit: Int? = nil) throws(StoreError) -> [Review] {
        var sql = "SELECT \(Self.reviewColumns) FROM review r"
        var values: [SQLValue] = []
        if let search {
            guard let query = SearchQuery.fts5(search) else { return [] }
            sql += " WHERE r.id IN (SELECT rowid FROM review_fts WHERE review_fts MATCH ?)"
            values.append(.text(query))
        }
        sql += " ORDER BY r.id DESC"
        if let limit {
            sql += " LIMIT ?"
            values.append(.integer(Int64(limit)))
        }
        return try read { () throws(StoreError) in
            let statement = try db.statement(sql)
            try statement.bind(values)
            defer { statement.reset() }
            var result: [Review] = []
            while try statement.step() { result.append(review(from: statement)) }
            return result
        }
    }

    /// One imported review by id.
    public func review(_ id: ReviewID) throws(StoreError) -> Review {
        let statement = try db.statement("SELECT \(Self.reviewColumns) FROM review r WHERE r.id = ?")
        try statement.bind(.integer(id.rawValue))
        defer { statement.reset() }
        guard try statement.step() else { throw .reviewNotFound(id) }
        return review(from: statement)
    }

    /// The JSON-LD a review was imported from, keys sorted.
    public func reviewJSON(_ id: ReviewID) throws(StoreError) -> String {
        let statement = try db.statement("SELECT json FROM review WHERE id = ?")
        try statement.bind(.integer(id.rawValue))
        defer { statement.reset() }
        guard try statement.step() else { throw .reviewNotFound(id) }
        return statement.text(0)
    }

    /// How many reviews are stored.
    public func reviewCount() throws(StoreError) -> Int {
        let statement = try db.statement("SELECT count(*) FROM review")
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(0)
    }

    func review(from row: Statement) -> Review {
        func real(_ column: Int32) -> Double? { row.isNull(column) ? nil : row.double(column) }
        return Review(
            id: ReviewID(row.int64(0)), url: row.text(1), claimReviewed: row.text(2), headline: row.optionalText(3),
            rating: ReviewRating(
                name: row.optionalText(4), value: real(5), best: real(6), worst: real(7), explanation: row.optionalText(8)
            ),
            reviewer: row.optionalText(9), reviewerURL: row.optionalText(10), published: row.optionalText(11),
            claimant: row.optionalText(12), claimDate: row.optionalText(13), appearanceURL: row.optionalText(14),
            appearanceHeadline: row.optionalText(15), importedAt: row.text(16)
        )
    }
}
