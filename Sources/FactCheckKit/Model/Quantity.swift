/// What sort of number a quantity is.
public enum QuantityKind: String, CaseIterable, Codable, Sendable {
    case number
    case percentage
    case money
    case count
}

/// A number found in a claim: its surface text, its value and its unit.
///
/// `unit` is `"percent"` for percentages, an ISO 4217 code for money (`"USD"`),
/// the counted thing for counts (`"countries"`), and nil for a bare number.
public struct Quantity: Encodable, Equatable, Sendable {
    public var text: String
    public var value: Double
    @NullWhenAbsent public var unit: String?
    public var kind: QuantityKind
    /// A word that changes the claim: "more than", "nearly", "at least", "about".
    @NullWhenAbsent public var qualifier: String?
    /// UTF-8 byte offsets of `text` in the article body; nil for quantities stored before offsets were kept.
    /// Not part of the JSON outputs (yet): they are for highlighting.
    public var startOffset: Int?
    public var endOffset: Int?

    public init(
        text: String, value: Double, unit: String?, kind: QuantityKind, qualifier: String? = nil,
        startOffset: Int? = nil, endOffset: Int? = nil
    ) {
        self.text = text
        self.value = value
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
        self.startOffset = startOffset
        self.endOffset = endOffset
    }

    /// Where `text` stands in `claimText`, a sentence starting at byte `claimStart` of the body: the stored offsets
    /// when they still point at `text` there (an edited claim may have moved it), else nil.
    public func byteRange(inClaimText claimText: String, startingAt claimStart: Int) -> Range<Int>? {
        guard let startOffset, let endOffset, startOffset >= claimStart else { return nil }
        let range = (startOffset - claimStart)..<(endOffset - claimStart)
        let bytes = claimText.utf8
        guard range.upperBound <= bytes.count else { return nil }
        return bytes.dropFirst(range.lowerBound).prefix(range.count).elementsEqual(text.utf8) ? range : nil
    }

    enum CodingKeys: String, CodingKey { case text, value, unit, kind, qualifier }
}
