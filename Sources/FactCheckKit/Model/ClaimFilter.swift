/// How the worklist is ordered.
public enum ClaimSort: String, CaseIterable, Sendable {
    /// Most check-worthy first (the default).
    case score
    /// Article by article, in reading order.
    case article
    /// Most recently changed first.
    case recent
}

/// Which claims to list. Empty or nil fields do not filter.
public struct ClaimFilter: Sendable, Equatable {
    public var statuses: [ClaimStatus]
    public var articleID: ArticleID?
    public var kinds: [ClaimKind]
    public var search: String?
    public var minScore: Double?
    public var assignee: String?
    /// Only claims with a stored match of this kind (`claims --changed`, `--checked-before`).
    public var matched: MatchFilter?
    /// Only claims whose verdict's review is one of these.
    public var reviews: [ReviewState]
    public var sort: ClaimSort
    public var limit: Int?
    /// Keyset paging: only claims that come after this one in `sort`'s order (the last claim of the page before).
    public var after: ClaimID?

    public init(
        statuses: [ClaimStatus] = [], articleID: ArticleID? = nil, kinds: [ClaimKind] = [], search: String? = nil,
        minScore: Double? = nil, assignee: String? = nil, reviews: [ReviewState] = [], matched: MatchFilter? = nil,
        sort: ClaimSort = .score, limit: Int? = nil, after: ClaimID? = nil
    ) {
        self.matched = matched
        self.after = after
        self.statuses = statuses
        self.articleID = articleID
        self.kinds = kinds
        self.search = search
        self.minScore = minScore
        self.assignee = assignee
        self.reviews = reviews
        self.sort = sort
        self.limit = limit
    }
}

/// Turns free text into an FTS5 query that cannot be a syntax error: every word quoted, all required.
public enum SearchQuery {
    public static func fts5(_ text: String) -> String? {
        let words = text.split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"" }.joined(separator: " ")
    }
}
