import FactCheckKit

/// Runs the extractor's tokenizer and quantity scan over a short text, as the suites need it.
enum SnippetScan {
    static func scan(_ text: String) -> NumberScan {
        QuantityScanner.scan(text)
    }

    /// Every figure in `text` as written, with its value: years and days of the month included.
    static func figures(in text: String) -> [(text: String, value: Double)] {
        let bytes = Array(text.utf8)
        return scan(text).figures.map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.value) }
    }

    /// Every quantity in `text` (percentages, money, counts and bare numbers), years left out.
    static func quantities(in text: String) -> [Quantity] {
        scan(text).quantities
    }
}
