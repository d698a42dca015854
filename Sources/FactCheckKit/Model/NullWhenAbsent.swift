/// An optional that JSON writes as `null` rather than leaving its key out.
///
/// Readers of factcheck's JSON (our tests, editors' scripts) rely on every documented key being present;
/// synthesised `Encodable` skips nil optionals, so the model's optional fields carry this wrapper instead
/// of each type hand-writing `encode(to:)`.
@propertyWrapper
public struct NullWhenAbsent<Value: Encodable & Equatable & Sendable>: Encodable, Equatable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
