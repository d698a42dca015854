extension ClaimExtractor {
    /// The sentences just before and after `claim` in its article's `body`, as `show` prints them around it.
    /// Nil on a side where the claim is the first or last sentence, or where it no longer starts a sentence.
    public func neighbours(of claim: Claim, in body: String) -> (before: String?, after: String?) {
        let sentences = sentences(in: body)
        guard let index = sentences.firstIndex(where: { $0.startOffset == claim.startOffset }) else { return (nil, nil) }
        return (
            index > 0 ? sentences[index - 1].text : nil,
            index + 1 < sentences.count ? sentences[index + 1].text : nil
        )
    }
}
