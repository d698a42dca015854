extension ClaimRevision {
    /// Reads the kinds and quantities of `text`, taken as one sentence, so a claim edited from "$212 million" to
    /// "$9 billion" no longer carries the old figure. The edited text is not in the article body, so its
    /// quantities have no body offsets (reports find them in the text).
    public init(reading text: String, with extractor: ClaimExtractor = ClaimExtractor()) {
        let reading = extractor.reading(of: text)
        let quantities = reading.quantities.map { quantity in
            var quantity = quantity
            quantity.startOffset = nil
            quantity.endOffset = nil
            return quantity
        }
        self.init(text: text, kinds: reading.kinds, quantities: quantities)
    }
}
