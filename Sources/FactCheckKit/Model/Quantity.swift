/// What sort of number a quantity is.
public enum QuantityKind: String, CaseIterable, Codable, Sendable {
    case number
    case percentage
    case money
    case count
}

/// A number found in a claim: its surface text, its value and its unit.
///
/// `unit` is `"percent"` for percentages, an ISO 4217 code for money (`"USD"`),
/// the counted thing for counts (`"countries"`), and nil for a bare number.
public struct Quantity: Encodable, Equatable, Sendable {
    public var text: String
    public var value: Double
    @NullWhenAbsent public var unit: String?
    public var kind: QuantityKind
    /// A word that changes the claim: "more than", "nearly", "at least", "about".
    @NullWhenAbsent public var qualifier: String?

    public init(text: String, value: Double, unit: String?, kind: QuantityKind, qualifier: String? = nil) {
        self.text = text
        self.value = value
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
    }

    enum CodingKeys: String, CodingKey { case text, value, unit, kind, qualifier }
}
