import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// The changed-figures pair set (Fixtures/changed-figures.jsonl, from Wikinews, CC-BY 2.5; see its LICENSE.txt):
/// each pair's earlier sentence is imported as a review, the later one matched as `factcheck match` does, and the
/// relation the matcher gives that review is compared with the label.
@Suite struct ChangedFiguresTests {
    struct Pair: Decodable {
        var label: String
        var variant: String
        var earlier: String
        var later: String
    }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/changed-figures.jsonl")

    @Test func changedFiguresAreFoundAndNeverCalledTheSame() throws {
        let pairs = try String(contentsOf: Self.fixture, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Pair.self, from: Data($0.utf8)) }
        #expect(pairs.count >= 300)
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("pairs.db"))
        let earlier = Array(Set(pairs.map(\.earlier))).sorted()
        _ = try store.importReviews(earlier.enumerated().map { index, text in
            ReviewDraft(url: "https://pairs.invalid/\(index)", claimReviewed: text, json: "{}")
        }, editor: "test")
        var reviewOf: [String: ReviewID] = [:]
        for review in try store.reviews() { reviewOf[review.claimReviewed] = review.id }
        let matcher = ClaimMatcher(store: store)
        var outcomes: [String: [MatchRelation?: Int]] = [:]
        var misses: [String] = []
        for pair in pairs {
            let target = MatchTarget.review(reviewOf[pair.earlier]!)
            let relation = try matcher.matches(for: pair.later, limit: 10).first { $0.target == target }?.relation
            outcomes[pair.label, default: [:]][relation, default: 0] += 1
            if pair.label == "changed", relation != .changed { misses.append("\(pair.variant): \(relation?.rawValue ?? "none"): \(pair.later)") }
            if pair.label == "different", relation == .same { misses.append("different called same: \(pair.later)") }
        }
        func share(_ label: String, _ relation: MatchRelation?) -> Double {
            let row = outcomes[label] ?? [:]
            return Double(row[relation] ?? 0) / Double(max(1, row.values.reduce(0, +)))
        }
        let summary = outcomes.sorted { $0.key < $1.key }.map { label, row in
            "\(label): " + row.sorted { ($0.key?.rawValue ?? "~") < ($1.key?.rawValue ?? "~") }
                .map { "\($0.key?.rawValue ?? "none") \($0.value)" }.joined(separator: ", ")
        }.joined(separator: "; ")
        print("changed-figures pairs: \(summary)")
        #expect(share("changed", .changed) >= 0.95, "\(summary)\n\(misses.joined(separator: "\n"))")
        #expect(share("changed", .same) <= 0.01, "\(summary)")
        #expect(share("different", .same) <= 0.01, "\(summary)\n\(misses.joined(separator: "\n"))")
    }
}
