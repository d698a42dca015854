import FactCheckKit
import Foundation
import Hummingbird

/// The worklist's filter, read from a query string the same way for the API and the page:
/// `status`, `kind` and `review` (repeatable), `assignee`, `mine=1`, `checked-before=1`, `changed=1` (named like the
/// CLI's `claims --checked-before` and `--changed`), `q`, `article`, `sort`, `limit`, `after`.
struct WorklistQuery: Sendable {
    static let defaultLimit = 50
    static let maxLimit = 200

    var filter: ClaimFilter
    var mine: Bool

    init(_ query: Parameters, editor: Editor) throws(DeskFailure) {
        func each<T: RawRepresentable>(_ key: String, _ type: T.Type, _ choices: String) throws(DeskFailure) -> [T] where T.RawValue == String {
            var values: [T] = []
            for raw in query.getAll(key) where !raw.isEmpty {
                guard let value = T(rawValue: raw) else { throw .invalidValue("unknown \(key) '\(raw.prefix(40))'; use one of: \(choices)") }
                values.append(value)
            }
            return values
        }
        func text(_ key: String) -> String? {
            query.get(key).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        func id(_ key: String) throws(DeskFailure) -> Int64? {
            guard let raw = text(key) else { return nil }
            guard let value = Int64(raw), value > 0 else { throw .invalidValue("\(key) must be a positive id, not '\(raw.prefix(20))'") }
            return value
        }
        var filter = ClaimFilter()
        filter.statuses = try each("status", ClaimStatus.self, ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))
        filter.kinds = try each("kind", ClaimKind.self, ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))
        filter.reviews = try each("review", ReviewState.self, ReviewState.allCases.map(\.rawValue).joined(separator: ", "))
        if let sort = text("sort") {
            guard let value = ClaimSort(rawValue: sort) else { throw .invalidValue("unknown sort '\(sort.prefix(20))'; use score, article or recent") }
            filter.sort = value
        }
        if let search = text("q") {
            guard SearchQuery.fts5(search) != nil else { throw .invalidValue("the search needs at least one word") }
            filter.search = search
        }
        mine = query.get("mine") == "1"
        let checkedBefore = query.get(MatchFilter.checkedBefore.rawValue) == "1"
        let changed = query.get(MatchFilter.changed.rawValue) == "1"
        if checkedBefore, changed { throw .invalidValue("give changed or checked-before, not both (changed claims are checked before too)") }
        filter.matched = changed ? .changed : checkedBefore ? .checkedBefore : nil
        filter.assignee = mine ? editor.name : text("assignee")
        filter.articleID = try id("article").map { ArticleID($0) }
        filter.after = try id("after").map { ClaimID($0) }
        let limit = try id("limit").map { Int($0) } ?? Self.defaultLimit
        guard limit <= Self.maxLimit else { throw .invalidValue("limit must be at most \(Self.maxLimit)") }
        filter.limit = limit
        self.filter = filter
    }

    /// The same query with `after` moved to the last claim shown: the next page.
    static func nextPage(_ query: Parameters, after last: ClaimID) -> String {
        var pairs = query.filter { $0.key != "after" }.map { (String($0.key), String($0.value)) }
        pairs.append(("after", String(last.rawValue)))
        return pairs.map { "\(percentEncoded($0.0))=\(percentEncoded($0.1))" }.joined(separator: "&")
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
