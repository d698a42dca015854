/// A claim's corrected text with what the extractor reads in it, ready for `FactCheckStore.editText`.
///
/// The extractor runs here, above the store: the store only keeps what it is given.
public struct ClaimRevision: Equatable, Sendable {
    public var text: String
    public var kinds: [ClaimKind]
    public var quantities: [Quantity]

    public init(text: String, kinds: [ClaimKind], quantities: [Quantity]) {
        self.text = text
        self.kinds = kinds
        self.quantities = quantities
    }

    /// Reads the kinds and quantities of `text`, taken as one sentence, so a claim edited from "$212 million" to
    /// "$9 billion" no longer carries the old figure.
    public init(reading text: String, with extractor: ClaimExtractor = ClaimExtractor()) {
        let reading = extractor.reading(of: text)
        self.init(text: text, kinds: reading.kinds, quantities: reading.quantities)
    }
}

/// What editing a claim's text did.
public struct TextEdit: Equatable, Sendable {
    /// The `text-edited` history entry.
    public var event: HistoryEvent
    /// The verdict the edit reset to `in-review`, when the claim had one and the editor did not keep it.
    public var verdictReset: ClaimStatus?
    public var kinds: [ClaimKind]
}
