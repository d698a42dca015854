import Foundation

/// The one JSON style factcheck writes: sorted keys (stable output), pretty, slashes unescaped.
public enum JSONOutput {
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws(JSONOutputError) -> String {
        try string(value, using: encoder(pretty: pretty))
    }

    /// The same with an encoder made once: a streamed report encodes many values and need not build one each time.
    /// A value JSON cannot hold (an infinite number in an old database) is an error, never a silent `null`.
    public static func string<T: Encodable>(_ value: T, using encoder: JSONEncoder) throws(JSONOutputError) -> String {
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch let EncodingError.invalidValue(bad, context) {
            throw .unencodable(path: JSONOutputError.path(context.codingPath), value: "\(bad)")
        } catch {
            throw .unencodable(path: "", value: "\(error)")
        }
    }
}

/// A value could not be written as JSON; nothing of it was printed as a stand-in.
public enum JSONOutputError: FactCheckFailure, Equatable {
    case unencodable(path: String, value: String)

    public var errorDescription: String? {
        switch self {
        case .unencodable(let path, let value):
            "cannot write JSON: \(path.isEmpty ? "a value" : "the value at \(path)") is \(value.prefix(60)), which JSON cannot hold; "
                + "run 'factcheck check', then edit or re-ingest the claim it belongs to"
        }
    }

    public var exitStatus: ExitStatus { .dataError }

    /// `[0].quantities[1].value` from an encoder's coding path.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
            .trimmingCharacters(in: ["."])
    }
}
