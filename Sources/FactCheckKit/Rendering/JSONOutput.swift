import Foundation

/// The one JSON style factcheck writes: sorted keys (stable output), pretty, slashes unescaped.
public enum JSONOutput {
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        // Encoding our own model types cannot fail: they hold only strings, numbers and arrays.
        let data = (try? encoder(pretty: pretty).encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
