/// A citation attached to a claim: where an editor found support, refutation or context.
public struct Evidence: Encodable, Equatable, Sendable {
    public var id: EvidenceID
    public var claimID: ClaimID
    public var url: String
    @NullWhenAbsent public var title: String?
    @NullWhenAbsent public var publisher: String?
    @NullWhenAbsent public var quote: String?
    public var stance: Stance
    @NullWhenAbsent public var note: String?
    public var editor: String
    public var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, url, title, publisher, quote, stance, note, editor
        case claimID = "claim_id"
        case createdAt = "created_at"
    }
}

/// What an editor supplies to cite evidence; the store adds id, editor and time.
public struct NewEvidence: Equatable, Sendable {
    public var url: String
    public var title: String?
    public var publisher: String?
    public var quote: String?
    public var stance: Stance
    public var note: String?

    public init(url: String, title: String? = nil, publisher: String? = nil, quote: String? = nil, stance: Stance = .supports, note: String? = nil) {
        self.url = url
        self.title = title
        self.publisher = publisher
        self.quote = quote
        self.stance = stance
        self.note = note
    }
}
