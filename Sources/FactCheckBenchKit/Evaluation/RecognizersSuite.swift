import FactCheckKit
import Foundation

/// Scores the extractor on the Recognizers-Text English specs for numbers, percentages and currency:
/// the share of in-scope cases whose expected spans and values are all found.
enum RecognizersSuite {
    /// Why a spec case is left out of the news-text scope. Printed with the counts.
    enum LeftOut: String, CaseIterable {
        case pythonPeer = "skipped by the Python port too (spec NotSupported), so both score the same cases"
        case mathNotation = "math notation: powers, exponents, 'x over y'"
        case bareUnit = "a currency name with no amount ('dollar')"
        case ordinalFraction = "fractions over compound or large ordinals ('thirty-fifths', 'twenty-firsts', 'a trillionth'), not written in news"
    }

    struct Score {
        var name: String
        var found = 0
        var inScope = 0
        var leftOut: [LeftOut: Int] = [:]
        var misses: [String] = []

        var leftOutNote: String {
            let parts = LeftOut.allCases.compactMap { reason in leftOut[reason].map { "\($0) \(reason.rawValue)" } }
            return parts.isEmpty ? "all cases scored" : "left out: " + parts.joined(separator: "; ")
        }
    }

    enum Model { case number, percent, currency }

    static func score(_ cases: [SpecCase], model: Model, name: String) -> Score {
        var score = Score(name: name)
        for item in cases {
            if let reason = leftOut(item, model: model) {
                score.leftOut[reason, default: 0] += 1
                continue
            }
            score.inScope += 1
            if passes(item, model: model) { score.found += 1 } else { score.misses.append(item.input) }
        }
        return score
    }

    static func leftOut(_ item: SpecCase, model: Model) -> LeftOut? {
        if item.skippedByPython { return .pythonPeer }
        let input = item.input.lowercased()
        let ratio = #"^[\s-]*[a-z0-9-]+ over [a-z0-9 -]+$"#  // "one over three", not "$2000 over 3 years"
        if input.contains("^") || input.range(of: #"\d[eE][+-]?\d"#, options: .regularExpression) != nil
            || (model == .number && input.range(of: ratio, options: .regularExpression) != nil) {
            return .mathNotation
        }
        if model == .currency, item.results.contains(where: { $0.value == nil }) { return .bareUnit }
        let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion"
        let ordinal = #"\b("# + tens + #")[ -]+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)s?\b|\b(trillionth|billionth|millionth|thousandth|thirtieth)s?\b"#
        if model == .number, input.range(of: ordinal, options: .regularExpression) != nil { return .ordinalFraction }
        return nil
    }

    static func passes(_ item: SpecCase, model: Model) -> Bool {
        switch model {
        case .number:
            let found = SnippetScan.figures(in: item.input)
            return allFound(item, in: found) { $0.value.flatMap(Double.init) }
        case .percent:
            let found = SnippetScan.quantities(in: item.input).filter { $0.kind == .percentage }.map { (text: $0.text, value: $0.value) }
            return allFound(item, in: found) { $0.value.flatMap { Double($0.replacingOccurrences(of: "%", with: "")) } }
        case .currency:
            let found = SnippetScan.quantities(in: item.input).filter { $0.kind == .money }
            if item.results.isEmpty { return found.isEmpty }
            return item.results.allSatisfy { expected in
                guard var value = expected.value.flatMap(Double.init) else { return false }
                let unit = expected.unit ?? ""
                // The extractor states money in the main unit: 50 cents is 0.50 USD.
                if ["Cent", "Pence", "Penny"].contains(unit) { value /= 100 }
                let text = SpanText.normalized(expected.text)
                return found.contains { quantity in
                    SpanText.normalized(quantity.text) == text && SpanText.sameValue(quantity.value, value)
                        && sameCurrency(quantity.unit ?? "", expected: expected)
                }
            }
        }
    }

    /// Every expected result has a found span with the same text and value; a case expecting none finds none.
    private static func allFound(
        _ item: SpecCase, in found: [(text: String, value: Double)], value: (SpecCase.Expected) -> Double?
    ) -> Bool {
        if item.results.isEmpty { return found.isEmpty }
        return item.results.allSatisfy { expected in
            guard let expectedValue = value(expected) else { return false }
            let text = SpanText.normalized(expected.text)
            return found.contains { SpanText.normalized($0.text) == text && SpanText.sameValue($0.value, expectedValue) }
        }
    }

    /// The spec names the currency ("Dollar", "Pound") and gives an ISO code when it is sure of one.
    private static func sameCurrency(_ code: String, expected: SpecCase.Expected) -> Bool {
        if let iso = expected.isoCurrency { return code == iso }
        switch expected.unit ?? "" {
        case "Dollar": return code.hasSuffix("D")
        case "Pound", "Pence", "Penny": return code == "GBP"
        case "Euro": return code == "EUR"
        default: return true
        }
    }
}
