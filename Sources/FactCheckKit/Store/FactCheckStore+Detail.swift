extension FactCheckStore {
    /// A claim with its article context, evidence and history, read in one snapshot.
    public func claimDetail(_ id: ClaimID, extractor: ClaimExtractor = ClaimExtractor()) throws(StoreError) -> ClaimDetail {
        try read {
            let claim = try claim(id)
            let article = try article(claim.articleID)
            let sentences = extractor.sentences(in: article.body)
            let index = sentences.firstIndex { $0.startOffset == claim.startOffset }
            return ClaimDetail(
                claim: claim, article: ArticleReference(article),
                before: index.flatMap { $0 > 0 ? sentences[$0 - 1].text : nil },
                after: index.flatMap { $0 + 1 < sentences.count ? sentences[$0 + 1].text : nil },
                evidence: try evidence(of: id), history: try history(of: id)
            )
        }
    }
}
