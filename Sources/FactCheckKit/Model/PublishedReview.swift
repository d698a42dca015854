public enum ReviewEntity {}
/// An imported fact-check's row id.
public typealias ReviewID = RowID<ReviewEntity>

/// A published fact-check (schema.org ClaimReview) imported to match new claims against.
public struct Review: Encodable, Equatable, Sendable {
    public var id: ReviewID
    /// The fact-check's own address; a review is imported once per address.
    public var url: String
    public var claimReviewed: String
    @NullWhenAbsent public var headline: String?
    public var rating: ReviewRating
    /// The organisation that published the fact-check.
    @NullWhenAbsent public var reviewer: String?
    @NullWhenAbsent public var reviewerURL: String?
    @NullWhenAbsent public var published: String?
    /// Who made the claim.
    @NullWhenAbsent public var claimant: String?
    @NullWhenAbsent public var claimDate: String?
    @NullWhenAbsent public var appearanceURL: String?
    @NullWhenAbsent public var appearanceHeadline: String?
    public var importedAt: String

    public init(
        id: ReviewID, url: String, claimReviewed: String, headline: String?, rating: ReviewRating, reviewer: String?,
        reviewerURL: String?, published: String?, claimant: String?, claimDate: String?, appearanceURL: String?,
        appearanceHeadline: String?, importedAt: String
    ) {
        self.id = id
        self.url = url
        self.claimReviewed = claimReviewed
        self.headline = headline
        self.rating = rating
        self.reviewer = reviewer
        self.reviewerURL = reviewerURL
        self.published = published
        self.claimant = claimant
        self.claimDate = claimDate
        self.appearanceURL = appearanceURL
        self.appearanceHeadline = appearanceHeadline
        self.importedAt = importedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, url, headline, rating, reviewer, published, claimant
        case claimReviewed = "claim_reviewed"
        case reviewerURL = "reviewer_url"
        case claimDate = "claim_date"
        case appearanceURL = "appearance_url"
        case appearanceHeadline = "appearance_headline"
        case importedAt = "imported_at"
    }
}

/// A ClaimReview's rating, as published: the words and, when given, the point on the publisher's scale.
public struct ReviewRating: Encodable, Equatable, Sendable {
    @NullWhenAbsent public var name: String?
    @NullWhenAbsent public var value: Double?
    @NullWhenAbsent public var best: Double?
    @NullWhenAbsent public var worst: Double?
    @NullWhenAbsent public var explanation: String?

    public init(name: String?, value: Double?, best: Double?, worst: Double?, explanation: String?) {
        self.name = name
        self.value = value
        self.best = best
        self.worst = worst
        self.explanation = explanation
    }

    /// The rating in words for listings: the publisher's words, else "3 of 1–5".
    public var label: String {
        if let name { return name }
        guard let value else { return "no rating" }
        let scale = [worst, best].compactMap { $0 }.map(Self.number).joined(separator: "–")
        return Self.number(value) + (scale.isEmpty ? "" : " of " + scale)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
