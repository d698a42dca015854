import FactCheckKit
import Foundation

/// A case of the Microsoft Recognizers-Text English specs: an input and the results expected in it.
struct SpecCase: Decodable {
    struct Expected: Decodable {
        var text: String
        var typeName: String?
        var value: String?
        var unit: String?
        var isoCurrency: String?

        enum CodingKeys: String, CodingKey { case text = "Text", typeName = "TypeName", resolution = "Resolution" }
        enum ResolutionKeys: String, CodingKey { case value, unit, isoCurrency }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .text)
            typeName = try? container.decodeIfPresent(String.self, forKey: .typeName)
            if let resolution = try? container.nestedContainer(keyedBy: ResolutionKeys.self, forKey: .resolution) {
                value = try? resolution.decodeIfPresent(String.self, forKey: .value)
                unit = try? resolution.decodeIfPresent(String.self, forKey: .unit)
                isoCurrency = try? resolution.decodeIfPresent(String.self, forKey: .isoCurrency)
            }
        }
    }

    var input: String
    var results: [Expected]
    var notSupported: String
    var notSupportedByDesign: String

    enum CodingKeys: String, CodingKey {
        case input = "Input", results = "Results", notSupported = "NotSupported", notSupportedByDesign = "NotSupportedByDesign"
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        input = try container.decode(String.self, forKey: .input)
        results = (try? container.decodeIfPresent([Expected].self, forKey: .results)) ?? []
        notSupported = (try? container.decodeIfPresent(String.self, forKey: .notSupported)) ?? ""
        notSupportedByDesign = (try? container.decodeIfPresent(String.self, forKey: .notSupportedByDesign)) ?? ""
    }

    /// True when the spec says the Python port skips this case.
    var skippedByPython: Bool {
        notSupported.lowercased().contains("python") || notSupportedByDesign.lowercased().contains("python")
    }

    static func load(_ url: URL) throws -> [SpecCase] {
        try JSONDecoder().decode([SpecCase].self, from: Data(contentsOf: url))
    }
}

/// Spans compared the way the specs mean them: case and runs of spaces do not matter.
enum SpanText {
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{202F}" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    static func sameValue(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
    }
}
