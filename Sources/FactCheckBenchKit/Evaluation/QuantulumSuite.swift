import FactCheckKit
import Foundation

/// Scores the extractor on quantulum3's cases that are plain numbers or money (the rest are physical units).
enum QuantulumSuite {
    struct Case: Decodable {
        struct Expected: Decodable {
            var value: Double
            var unit: String
            var surface: String
            var entity: String?
        }
        var req: String
        var res: [Expected]
    }

    static let moneyUnits: Set<String> = ["dollar", "euro", "pound sterling", "penny", "cent", "dime"]

    /// Plain numbers ("dimensionless") and money only: physical units are not what news claims count.
    static func inScope(_ item: Case) -> Bool {
        !item.res.isEmpty && item.res.allSatisfy { $0.unit == "dimensionless" || moneyUnits.contains($0.unit) }
    }

    static func score(_ url: URL) throws -> (found: Int, inScope: Int, total: Int, misses: [String]) {
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        let scoped = cases.filter(inScope)
        let misses = scoped.filter { !passes($0) }.map(\.req)
        return (scoped.count - misses.count, scoped.count, cases.count, misses)
    }

    /// Every expected quantity is found: the same value, and a figure or quantity whose text is the surface
    /// (signs and brackets aside).
    static func passes(_ item: Case) -> Bool {
        let figures = SnippetScan.figures(in: item.req)
        let quantities = SnippetScan.quantities(in: item.req)
        return item.res.allSatisfy { expected in
            let surface = SpanText.normalized(expected.surface.trimmingCharacters(in: CharacterSet(charactersIn: "()-")))
            var value = expected.value
            if expected.unit == "penny" || expected.unit == "cent" { value /= 100 }
            if expected.unit == "dime" { value /= 10 }
            let magnitude = abs(value)
            let byQuantity = quantities.contains {
                SpanText.normalized($0.text).replacingOccurrences(of: "-", with: "") == surface.replacingOccurrences(of: "-", with: "")
                    && (SpanText.sameValue($0.value, magnitude) || SpanText.sameValue($0.value, value))
            }
            let byFigure = figures.contains {
                SpanText.normalized($0.text) == surface && (SpanText.sameValue($0.value, magnitude) || SpanText.sameValue($0.value, value))
            }
            return byQuantity || byFigure
        }
    }
}
