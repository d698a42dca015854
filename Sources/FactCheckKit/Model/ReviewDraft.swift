import Foundation

/// A ClaimReview read from JSON-LD, ready to store.
public struct ReviewDraft: Equatable, Sendable {
    public var url: String
    public var claimReviewed: String
    public var headline: String?
    public var rating: ReviewRating
    public var reviewer: String?
    public var reviewerURL: String?
    public var published: String?
    public var claimant: String?
    public var claimDate: String?
    public var appearanceURL: String?
    public var appearanceHeadline: String?
    /// The item as it was read (keys sorted), so nothing the publisher wrote is lost.
    public var json: String

    public init(
        url: String, claimReviewed: String, headline: String? = nil, rating: ReviewRating = .init(name: nil, value: nil, best: nil, worst: nil, explanation: nil),
        reviewer: String? = nil, reviewerURL: String? = nil, published: String? = nil, claimant: String? = nil,
        claimDate: String? = nil, appearanceURL: String? = nil, appearanceHeadline: String? = nil, json: String
    ) {
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
        self.json = json
    }
}
