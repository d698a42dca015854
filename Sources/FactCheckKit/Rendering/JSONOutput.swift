import Foundation

/// The one JSON style factcheck writes: sorted keys (stable output), pretty, slashes unescaped.
public enum JSONOutput {
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        string(value, using: encoder(pretty: pretty))
    }

    /// The same with an encoder made once: a streamed report encodes many values and need not build one each time.
    public static func string<T: Encodable>(_ value: T, using encoder: JSONEncoder) -> String {
        // Encoding our own model types cannot fail: they hold only strings, numbers and arrays.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
