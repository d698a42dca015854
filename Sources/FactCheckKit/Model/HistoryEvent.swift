/// What kind of change a history event records. Closed set, checked by the schema.
public enum HistoryAction: String, CaseIterable, Codable, Sendable {
    case extracted
    case status
    case evidenceAdded = "evidence-added"
    case evidenceWithdrawn = "evidence-withdrawn"
    case assigned
    case textEdited = "text-edited"
}

/// One append-only entry in a claim's history: who changed what, when, from what to what, and why.
public struct HistoryEvent: Encodable, Equatable, Sendable {
    public var id: Int64
    public var claimID: ClaimID
    public var action: HistoryAction
    public var editor: String
    public var at: String
    public var from: String?
    public var to: String?
    public var note: String?
    /// True when an editor gave this verdict without the evidence the rules ask for (`mark --force`).
    public var forced: Bool = false

    enum CodingKeys: String, CodingKey {
        case id, action, editor, at, from, to, note, forced
        case claimID = "claim_id"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(claimID, forKey: .claimID)
        try c.encode(action, forKey: .action)
        try c.encode(editor, forKey: .editor)
        try c.encode(at, forKey: .at)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(note, forKey: .note)
        try c.encode(forced, forKey: .forced)
    }
}
