/// Which claims a report covers. Every filter given must match; empty or nil filters do not filter.
///
/// `since` and `editor` look at a claim's history: a claim is in scope when it has a history entry
/// (extracted, cited, marked, assigned, edited) at or after `since` and by `editor`. Given together,
/// one entry must match both, so "by Dana since Monday" means what Dana did since Monday.
/// The report still shows each claim's whole history.
public struct ReportScope: Sendable, Equatable {
    public var statuses: [ClaimStatus]
    public var articleID: ArticleID?
    /// A UTC timestamp in the stored form, `2026-01-05T00:00:00.000Z`; see `ReportScope.timestamp(_:)`.
    public var since: String?
    public var editor: String?
    /// Only claims whose verdict is published now. Public reports and the ClaimReview export set it themselves
    /// (see `ReportWriter`); the ClaimReview export drops it when `includeUnpublished` is set.
    public var publishedOnly: Bool
    /// For the ClaimReview export: take every verdict, published or not (a preview for the desk).
    public var includeUnpublished: Bool

    public init(
        statuses: [ClaimStatus] = [], articleID: ArticleID? = nil, since: String? = nil, editor: String? = nil,
        publishedOnly: Bool = false, includeUnpublished: Bool = false
    ) {
        self.statuses = statuses
        self.articleID = articleID
        self.since = since
        self.editor = editor
        self.publishedOnly = publishedOnly
        self.includeUnpublished = includeUnpublished
    }

    /// True when a filter on the claim's history is set.
    var filtersHistory: Bool { since != nil || editor != nil }
}
