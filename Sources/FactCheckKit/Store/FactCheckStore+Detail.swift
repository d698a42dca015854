extension FactCheckStore {
    /// A claim with its article context, evidence and history, read in one snapshot.
    ///
    /// The store does not split sentences: `neighbours` is handed the claim and its article's body inside the
    /// snapshot and returns the sentences just before and after the claim (`ClaimExtractor.neighbours` does).
    public func claimDetail(
        _ id: ClaimID, neighbours: (_ claim: Claim, _ body: String) -> (before: String?, after: String?)
    ) throws(StoreError) -> ClaimDetail {
        try read { () throws(StoreError) in
            let claim = try claim(id)
            let article = try article(claim.articleID)
            let (before, after) = neighbours(claim, article.body)
            return ClaimDetail(
                claim: claim, article: ArticleReference(article), before: before, after: after,
                evidence: try evidence(of: id), history: try history(of: id)
            )
        }
    }
}
