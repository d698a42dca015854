/// A claim's corrected text with what the extractor reads in it, ready for `FactCheckStore.editText`.
///
/// The extractor runs above the store (`ClaimRevision(reading:)` in Editing/): the store only keeps what it is given.
public struct ClaimRevision: Equatable, Sendable {
    public var text: String
    public var kinds: [ClaimKind]
    public var quantities: [Quantity]

    public init(text: String, kinds: [ClaimKind], quantities: [Quantity]) {
        self.text = text
        self.kinds = kinds
        self.quantities = quantities
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
