/// How a verdict maps onto the ClaimReview rating scale.
///
/// The scale runs from 1 (false) to 5 (true), schema.org's default range, stated explicitly in every
/// rating as `worstRating` 1 and `bestRating` 5 so no reader can take it upside down:
///
/// | status       | ratingValue | alternateName |
/// |--------------|-------------|---------------|
/// | verified     | 5           | True          |
/// | disputed     | 3           | Disputed      |
/// | misleading   | 2           | Misleading    |
/// | false        | 1           | False         |
/// | unverifiable | none        | Unverifiable  |
///
/// An unverifiable claim has no place on a truth scale, so its rating carries the verdict in words only;
/// Google lists `alternateName` as required and `ratingValue` as recommended. 4 is left for a future
/// "mostly true". Claims that are unverified or in review have no verdict and get no ClaimReview.
public struct ClaimRating: Sendable, Equatable {
    public static let best = 5
    public static let worst = 1

    /// The point on the scale, or nil for a verdict that is not about truth (unverifiable).
    public var value: Int?
    /// The verdict in words, as readers see it.
    public var name: String

    /// The rating for a status, or nil when the status is not a verdict.
    public init?(_ status: ClaimStatus) {
        switch status {
        case .verified: (value, name) = (5, "True")
        case .disputed: (value, name) = (3, "Disputed")
        case .misleading: (value, name) = (2, "Misleading")
        case .false: (value, name) = (1, "False")
        case .unverifiable: (value, name) = (nil, "Unverifiable")
        case .unverified, .inReview: return nil
        }
    }
}
