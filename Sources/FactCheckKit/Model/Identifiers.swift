/// A typed row id, so an article id can never be passed where a claim id is meant.
public struct RowID<Entity>: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

public enum ArticleEntity {}
public enum ClaimEntity {}
public enum EvidenceEntity {}

public typealias ArticleID = RowID<ArticleEntity>
public typealias ClaimID = RowID<ClaimEntity>
public typealias EvidenceID = RowID<EvidenceEntity>
