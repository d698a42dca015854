/// How a claim relates to an earlier claim or a published fact-check.
public enum MatchRelation: String, CaseIterable, Codable, Sendable, Comparable {
    /// The same statement with the same figures: a verdict given to one answers the other.
    case same
    /// The same statement with a figure that differs (value, scale, unit or year).
    case changed
    /// About the same thing, but not the same statement (or too short to tell).
    case related

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A figure that differs between two matched claims, as written in each.
public struct FigureChange: Codable, Equatable, Sendable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// What a claim was matched to: an earlier claim or an imported review.
public enum MatchTarget: Equatable, Hashable, Sendable {
    case claim(ClaimID)
    case review(ReviewID)
}

/// One match of a claim (or of any text) to an earlier claim or an imported review, with why.
public struct ClaimMatch: Encodable, Equatable, Sendable {
    public var relation: MatchRelation
    /// 0 to 1: how close the two statements are.
    public var score: Double
    /// Why this relation, in words: the shared terms, the figure that changed, the guard that applied.
    public var reason: String
    public var target: MatchTarget
    /// The matched claim's or review's text.
    public var text: String
    /// The matched claim's status (claims only).
    public var status: ClaimStatus?
    /// The matched review's rating (reviews only).
    public var rating: String?
    /// The matched claim's article (claims only).
    public var articleID: ArticleID?
    /// For `changed`: each figure of the matched claim (from) and of this one (to).
    public var changes: [FigureChange]

    public init(
        relation: MatchRelation, score: Double, reason: String, target: MatchTarget, text: String,
        status: ClaimStatus? = nil, rating: String? = nil, articleID: ArticleID? = nil, changes: [FigureChange] = []
    ) {
        self.relation = relation
        self.score = score
        self.reason = reason
        self.target = target
        self.text = text
        self.status = status
        self.rating = rating
        self.articleID = articleID
        self.changes = changes
    }

    enum CodingKeys: String, CodingKey {
        case relation, score, reason, text, status, rating, changes
        case claimID = "claim_id"
        case reviewID = "review_id"
        case articleID = "article_id"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(relation, forKey: .relation)
        try container.encode((score * 1000).rounded() / 1000, forKey: .score)
        try container.encode(reason, forKey: .reason)
        switch target {
        case .claim(let id):
            try container.encode(id, forKey: .claimID)
            try container.encode(status, forKey: .status)
            try container.encode(articleID, forKey: .articleID)
        case .review(let id):
            try container.encode(id, forKey: .reviewID)
            try container.encode(rating, forKey: .rating)
        }
        try container.encode(text, forKey: .text)
        try container.encode(changes, forKey: .changes)
    }
}
