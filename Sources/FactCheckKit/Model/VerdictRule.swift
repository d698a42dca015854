/// What a verdict needs before an editor may give it, and for as long as it is published.
/// The one place the rule "no verdict without evidence" is decided: `mark` checks it before the change, and every
/// claim read from the store carries whether its verdict still meets it (`Claim.verdictUnsupported`).
public enum VerdictRule: Equatable, Sendable {
    /// No evidence needed (open work, or `unverifiable`).
    case none
    /// At least one citation that is not withdrawn, of any stance.
    case anyCitation
    /// At least one citation that is not withdrawn and supports the claim.
    case supportingCitation

    public init(for status: ClaimStatus) {
        switch status {
        case .verified: self = .supportingCitation
        case .false, .misleading, .disputed: self = .anyCitation
        case .unverified, .inReview, .unverifiable: self = .none
        }
    }

    /// True when the citations still standing (not withdrawn) are enough for the rule.
    public func isMet(citations: Int, supporting: Int) -> Bool {
        switch self {
        case .none: true
        case .anyCitation: citations > 0
        case .supportingCitation: supporting > 0
        }
    }

    /// What the rule asks for, in words: "a supporting citation".
    public var needs: String {
        switch self {
        case .none: "nothing"
        case .anyCitation: "a citation"
        case .supportingCitation: "a supporting citation"
        }
    }
}
