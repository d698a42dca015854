/// Where a claim stands in the fact-check: the closed set the schema's CHECK constraint also holds.
public enum ClaimStatus: String, CaseIterable, Codable, Sendable, Comparable {
    case unverified
    case inReview = "in-review"
    case verified
    case disputed
    case `false`
    case misleading
    case unverifiable

    /// True for the statuses that settle a claim with a verdict an editor publishes.
    public var isVerdict: Bool {
        switch self {
        case .unverified, .inReview: false
        case .verified, .disputed, .false, .misleading, .unverifiable: true
        }
    }

    /// Order used for summaries: open work first, then verdicts.
    public static func < (lhs: ClaimStatus, rhs: ClaimStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
