/// What kind of change a history event records. Closed set, checked by the schema.
public enum HistoryAction: String, CaseIterable, Codable, Sendable {
    case extracted
    case status
    case evidenceAdded = "evidence-added"
    case evidenceWithdrawn = "evidence-withdrawn"
    case assigned
    case textEdited = "text-edited"
    /// A second editor approved or rejected the verdict (`to` is the decision, `from` the verdict).
    case reviewed
    case published
    case unpublished
    /// A published verdict, its note or its evidence changed; the note is the public correction.
    case corrected
}

/// One append-only entry in a claim's history: who changed what, when, from what to what, and why.
public struct HistoryEvent: Encodable, Equatable, Sendable {
    public var id: Int64
    public var claimID: ClaimID
    public var action: HistoryAction
    public var editor: String
    public var at: String
    @NullWhenAbsent public var from: String?
    @NullWhenAbsent public var to: String?
    @NullWhenAbsent public var note: String?
    /// True when an editor gave this verdict without the evidence the rules ask for (`mark --force`).
    public var forced: Bool = false
    /// The claim whose verdict this one carries (`mark --same-as`): its evidence stands for this claim's.
    @NullWhenAbsent public var carriedFromClaim: ClaimID? = nil
    /// The imported review whose verdict this one carries.
    @NullWhenAbsent public var carriedFromReview: ReviewID? = nil

    enum CodingKeys: String, CodingKey {
        case id, action, editor, at, from, to, note, forced
        case claimID = "claim_id"
        case carriedFromClaim = "carried_from_claim"
        case carriedFromReview = "carried_from_review"
    }
}
