/// Where a verdict stands with its second pair of eyes. Closed set, checked by the schema.
public enum ReviewState: String, CaseIterable, Codable, Sendable {
    /// Given, waiting for a second editor (`review ID --approve | --reject`).
    case pending
    /// A second editor approved it: it can be published.
    case approved
    /// A second editor sent it back: the claim is `in-review` again, the reviewer's note kept.
    case rejected
    /// Given while `review.required` was false (or before review existed): approved as given.
    case notRequired = "not-required"

    /// True when a verdict in this state may go to readers.
    public var allowsPublication: Bool { self == .approved || self == .notRequired }
}

/// What a reviewer decides.
public enum ReviewDecision: String, Sendable {
    case approve
    case reject
}

/// A verdict's way to readers: who gave it, its review, and whether it is public.
public struct VerdictState: Equatable, Sendable {
    public var claimID: ClaimID
    /// Nil while the claim has no verdict (it was never given, or was sent back to open work by its editor).
    public var review: ReviewState?
    /// The editor who gave the verdict under review; only a different editor may approve it.
    public var givenBy: String
    public var reviewedBy: String?
    public var reviewedAt: String?
    public var reviewNote: String?
    /// When the verdict was first published (or published again after being withdrawn).
    public var publishedAt: String?
    /// When a published verdict was withdrawn from publication (`unpublish`).
    public var unpublishedAt: String?

    /// True while readers can see the verdict: published and not withdrawn.
    public var isPublic: Bool { publishedAt != nil && unpublishedAt == nil }
}

/// What `publish --article` did: the verdicts it made public and the ones it left, with why.
public struct ArticlePublication: Equatable, Sendable {
    public var articleID: ArticleID
    public var published: [ClaimID]
    /// Verdicts still waiting for review (pending), so not published.
    public var awaitingReview: [ClaimID]
    /// Verdicts that were already public.
    public var alreadyPublic: [ClaimID]
}
