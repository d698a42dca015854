/// What makes a sentence checkable. Stored as one bit each in `claim.kinds` (`bit`).
public enum ClaimKind: String, CaseIterable, Codable, Sendable, Comparable, StoredBits {
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

    /// The kind's bit in the stored set.
    public var bit: Int64 {
        switch self {
        case .quantity: 1 << 0
        case .percentage: 1 << 1
        case .money: 1 << 2
        case .count: 1 << 3
        case .date: 1 << 4
        case .ranking: 1 << 5
        case .comparison: 1 << 6
        case .attribution: 1 << 7
        case .quote: 1 << 8
        }
    }

    /// Every stored set is below this: the schema's CHECK on `claim.kinds` uses it.
    public static let storedLimit: Int64 = 1 << 9

    /// The kinds of a stored bit set, in `ClaimKind` order (how kinds sort).
    public static func kinds(fromBits bits: Int64) -> [ClaimKind] { members(ofBits: bits) }
}
