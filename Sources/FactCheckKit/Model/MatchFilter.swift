/// Claims to list by their stored matches (`claims --changed`, `claims --checked-before`).
public enum MatchFilter: String, CaseIterable, Sendable {
    /// The same statement, or a figure of it changed, as a claim that has a verdict or a published fact-check.
    case checkedBefore = "checked-before"
    /// A figure differs from that of a claim with a verdict or of a published fact-check.
    case changed
}
