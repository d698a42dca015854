/// A claim as the extractor finds it, before it is stored.
public struct ExtractedClaim: Equatable, Sendable {
    /// The sentence, as it stands in the body.
    public var text: String
    /// Index of the sentence among the body's sentences (0-based).
    public var position: Int
    /// UTF-8 byte offsets of the sentence in the body.
    public var startOffset: Int
    public var endOffset: Int
    public var kinds: [ClaimKind]
    /// Check-worthiness in 0...1.
    public var score: Double
    /// Why it scored as it did, each reason once.
    public var reasons: [CheckWorthinessReason]
    public var quantities: [Quantity]
    public var attribution: String?
    public var speaker: String?
    /// Who the sentence is about when it opens with "He", "She" or "The company": the person or organisation the
    /// article named before.
    public var subject: String?
    /// The times the claim is about, as written, in order ("from 2007 to 2008", "by 2030").
    public var timeReferences: [String]
    /// The first of them.
    public var timeReference: String? { timeReferences.first }

    public init(
        text: String, position: Int, startOffset: Int, endOffset: Int, kinds: [ClaimKind], score: Double,
        reasons: [CheckWorthinessReason] = [], quantities: [Quantity] = [], attribution: String? = nil, speaker: String? = nil,
        timeReferences: [String] = [], subject: String? = nil
    ) {
        self.subject = subject
        self.text = text
        self.position = position
        self.startOffset = startOffset
        self.endOffset = endOffset
        self.kinds = kinds
        self.score = score
        self.reasons = reasons
        self.quantities = quantities
        self.attribution = attribution
        self.speaker = speaker
        self.timeReferences = timeReferences
    }
}
