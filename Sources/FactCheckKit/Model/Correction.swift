/// What a correction changed. Closed set, checked by the schema.
public enum CorrectionKind: String, CaseIterable, Codable, Sendable {
    /// The published verdict or its note changed.
    case verdict
    /// A citation the published verdict rested on was withdrawn.
    case evidence
    /// The published verdict was withdrawn from publication.
    case unpublished
}

/// One entry of the public corrections log: what was published, what it became, why and when.
/// It names no editor: the log is what readers see (the claim's history says who).
public struct Correction: Encodable, Equatable, Sendable {
    public var id: Int64
    public var claimID: ClaimID
    public var articleID: ArticleID
    /// The claim's text, so a log entry stands on its own (a withdrawn fact-check is no longer shown elsewhere).
    public var claimText: String
    public var kind: CorrectionKind
    public var publishedStatus: ClaimStatus
    @NullWhenAbsent public var publishedNote: String?
    /// What the verdict became; nil when it was withdrawn (unpublished).
    @NullWhenAbsent public var newStatus: ClaimStatus?
    @NullWhenAbsent public var newNote: String?
    /// The withdrawn citation, for an evidence correction.
    @NullWhenAbsent public var evidenceURL: String?
    public var reason: String
    public var at: String

    enum CodingKeys: String, CodingKey {
        case id, kind, reason, at
        case claimID = "claim_id"
        case articleID = "article_id"
        case claimText = "claim"
        case publishedStatus = "published_status"
        case publishedNote = "published_note"
        case newStatus = "new_status"
        case newNote = "new_note"
        case evidenceURL = "evidence_url"
    }

    /// The correction in one plain sentence, as readers see it ("Rating changed from False to Misleading.").
    public var summary: String {
        let was = ClaimRating(publishedStatus)?.name ?? publishedStatus.rawValue
        switch kind {
        case .unpublished:
            return "This fact-check (rated \(was)) was withdrawn."
        case .evidence:
            return "A source was withdrawn" + (evidenceURL.map { ": \($0)" } ?? "") + "."
        case .verdict:
            let now = newStatus.map { ClaimRating($0)?.name ?? $0.rawValue } ?? was
            if newStatus != publishedStatus { return "Rating changed from \(was) to \(now)." }
            return "The explanation of the \(now) rating was changed."
        }
    }
}
