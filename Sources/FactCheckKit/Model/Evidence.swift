/// A citation attached to a claim: where an editor found support, refutation or context.
public struct Evidence: Encodable, Equatable, Sendable {
    public var id: EvidenceID
    public var claimID: ClaimID
    public var url: String
    public var title: String?
    public var publisher: String?
    public var quote: String?
    public var stance: Stance
    public var note: String?
    public var editor: String
    public var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, url, title, publisher, quote, stance, note, editor
        case claimID = "claim_id"
        case createdAt = "created_at"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(claimID, forKey: .claimID)
        try c.encode(url, forKey: .url)
        try c.encode(title, forKey: .title)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(quote, forKey: .quote)
        try c.encode(stance, forKey: .stance)
        try c.encode(note, forKey: .note)
        try c.encode(editor, forKey: .editor)
        try c.encode(createdAt, forKey: .createdAt)
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
