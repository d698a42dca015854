/// What makes a sentence checkable. Stored one row per kind in `claim_kind`.
public enum ClaimKind: String, CaseIterable, Codable, Sendable, Comparable {
    case quantity
    case percentage
    case money
    case count
    case date
    case ranking
    case comparison
    case attribution
    case quote

    public static func < (lhs: ClaimKind, rhs: ClaimKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
