extension FactCheckStore {
    /// One article with its claims in reading order, read in one snapshot.
    public func articleDetail(_ id: ArticleID) throws(StoreError) -> ArticleDetail {
        try read {
            let article = try article(id)
            return ArticleDetail(article: article, claims: try claims(ClaimFilter(articleID: id, sort: .article)))
        }
    }
}
