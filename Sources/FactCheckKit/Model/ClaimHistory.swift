/// Everything `history` tells about one claim: where it stands now and every change that brought it there.
public struct ClaimHistory: Encodable, Sendable {
    public var claimID: ClaimID
    public var text: String
    public var status: ClaimStatus
    @NullWhenAbsent public var assignee: String?
    public var events: [HistoryEvent]

    enum CodingKeys: String, CodingKey {
        case claimID = "claim_id"
        case text, status, assignee, events
    }
}

/// What withdrawing a citation did.
public struct Withdrawal: Equatable, Sendable {
    public var evidenceID: EvidenceID
    public var claimID: ClaimID
    public var event: HistoryEvent
    /// The claim's verdict, when the citations left no longer satisfy its rule (the editor should look again).
    public var verdictNowUnsupported: ClaimStatus?
}

/// What assigning a claim did.
public enum AssignmentOutcome: Equatable, Sendable {
    case assigned(HistoryEvent)
    /// The claim already had that assignee (or none); nothing was recorded.
    case unchanged(assignee: String?)
}
