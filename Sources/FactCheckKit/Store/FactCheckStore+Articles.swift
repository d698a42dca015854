extension FactCheckStore {
    /// One article by id.
    public func article(_ id: ArticleID) throws(StoreError) -> Article {
        let statement = try db.statement("""
            SELECT id, title, publication, author, url, published, body, body_sha256, source_path, ingested_at, ingested_by
            FROM article WHERE id = ?
            """)
        try statement.bind(.integer(id.rawValue))
        defer { statement.reset() }
        guard try statement.step() else { throw .articleNotFound(id) }
        return Article(
            id: id,
            metadata: ArticleMetadata(
                title: statement.text(1), publication: statement.optionalText(2), author: statement.optionalText(3),
                url: statement.optionalText(4), published: statement.optionalText(5)
            ),
            body: statement.text(6), bodySHA256: statement.text(7), sourcePath: statement.optionalText(8),
            ingestedAt: statement.text(9), ingestedBy: statement.text(10)
        )
    }

    /// Every article with its claim counts by status, oldest first.
    public func articleSummaries(articleID: ArticleID? = nil) throws(StoreError) -> [ArticleSummary] {
        try read { () throws(StoreError) in
            var summaries: [ArticleSummary] = []
            var index: [ArticleID: Int] = [:]
            let articles = try db.statement("""
                SELECT id, title, publication, author, published, url FROM article WHERE (?1 IS NULL OR id = ?1) ORDER BY id
                """)
            try articles.bind(articleID.map { .integer($0.rawValue) } ?? .null)
            defer { articles.reset() }
            while try articles.step() {
                let id = ArticleID(articles.int64(0))
                index[id] = summaries.count
                summaries.append(ArticleSummary(
                    id: id, title: articles.text(1), publication: articles.optionalText(2), author: articles.optionalText(3),
                    published: articles.optionalText(4), url: articles.optionalText(5), claimCount: 0, countsByStatus: [:]
                ))
            }
            let counts = try db.statement("""
                SELECT article_id, status, count(*) FROM claim WHERE (?1 IS NULL OR article_id = ?1) GROUP BY article_id, status
                """)
            try counts.bind(articleID.map { .integer($0.rawValue) } ?? .null)
            defer { counts.reset() }
            while try counts.step() {
                guard let i = index[ArticleID(counts.int64(0))], let status = ClaimStatus(rawValue: counts.text(1)) else { continue }
                summaries[i].countsByStatus[status] = counts.int(2)
                summaries[i].claimCount += counts.int(2)
            }
            return summaries
        }
    }

    /// Claim counts by status over the whole database, for report summaries.
    public func statusCounts() throws(StoreError) -> [ClaimStatus: Int] {
        let statement = try db.statement("SELECT status, count(*) FROM claim GROUP BY status")
        defer { statement.reset() }
        var counts: [ClaimStatus: Int] = [:]
        while try statement.step() {
            if let status = ClaimStatus(rawValue: statement.text(0)) { counts[status] = statement.int(1) }
        }
        return counts
    }
}
