import Foundation

/// Why one ClaimReview in a file was skipped.
public struct SkippedReview: Equatable, Sendable, CustomStringConvertible {
    /// 1-based position among the ClaimReview items of the file.
    public var item: Int
    public var problem: String
    public var description: String { "ClaimReview \(item): \(problem); skipped" }
}

/// What a ClaimReview file held: the reviews to store and the items that could not be read.
public struct ReviewBatch: Sendable {
    public var reviews: [ReviewDraft]
    public var skipped: [SkippedReview]
}

/// Why a ClaimReview file could not be read at all.
public enum ReviewImportError: FactCheckFailure, Equatable {
    case notJSON(source: String, reason: String)
    case noReviews(source: String)

    public var errorDescription: String? {
        switch self {
        case .notJSON(let source, let reason):
            "\(source) is not JSON (\(reason)); give a schema.org ClaimReview JSON-LD file. Nothing was imported"
        case .noReviews(let source):
            "\(source) holds no ClaimReview (looked in the object, an array, @graph and dataFeedElement); nothing was imported"
        }
    }

    public var exitStatus: ExitStatus { .dataError }
}

/// Reads schema.org ClaimReview JSON-LD: one object, an array, an `@graph`, or the data-feed form
/// (`{"dataFeedElement": [{"item": [ClaimReview, ...]}]}`), in any nesting of those.
public enum ClaimReviewReader {
    public static func read(_ data: Data, source: String) throws(ReviewImportError) -> ReviewBatch {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .notJSON(source: source, reason: Self.reason(error))
        }
        var items: [[String: Any]] = []
        collect(root, into: &items)
        guard !items.isEmpty else { throw .noReviews(source: source) }
        var batch = ReviewBatch(reviews: [], skipped: [])
        for (index, item) in items.enumerated() {
            switch draft(item) {
            case .success(let review): batch.reviews.append(review)
            case .failure(let problem): batch.skipped.append(SkippedReview(item: index + 1, problem: problem.text))
            }
        }
        return batch
    }

    private static func reason(_ error: any Error) -> String {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        let line = (description ?? "unreadable").split(separator: "\n").first.map(String.init) ?? "unreadable"
        return line.hasSuffix(".") ? String(line.dropLast()) : line
    }

    /// Walks containers in document order, keeping every object typed ClaimReview.
    private static func collect(_ value: Any, into items: inout [[String: Any]]) {
        if let array = value as? [Any] {
            array.forEach { collect($0, into: &items) }
        } else if let object = value as? [String: Any] {
            if types(of: object).contains("ClaimReview") {
                items.append(object)
                return
            }
            for key in ["@graph", "dataFeedElement", "item", "itemListElement"] {
                if let inner = object[key] { collect(inner, into: &items) }
            }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        let raw = object["@type"]
        let names = (raw as? String).map { [$0] } ?? (raw as? [Any])?.compactMap { $0 as? String } ?? []
        // "schema:ClaimReview" and "https://schema.org/ClaimReview" name the same type.
        return names.map { String($0.split(whereSeparator: { $0 == "/" || $0 == ":" }).last ?? "") }
    }

    private struct Problem: Error { let text: String }

    private static func draft(_ item: [String: Any]) -> Result<ReviewDraft, Problem> {
        guard let claim = text(item["claimReviewed"]), !claim.isEmpty else {
            return .failure(Problem(text: "no claimReviewed"))
        }
        guard let url = text(item["url"]) ?? text(item["@id"]) else {
            return .failure(Problem(text: "no url"))
        }
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), url.count > 8, !url.contains(where: \.isWhitespace) else {
            return .failure(Problem(text: "url '\(url.prefix(80))' is not an http(s) address"))
        }
        let rating = first(item["reviewRating"]) ?? [:]
        let reviewed = first(item["itemReviewed"]) ?? [:]
        let appearance = first(reviewed["appearance"]) ?? first(reviewed["firstAppearance"]) ?? [:]
        let author = first(item["author"])
        let json = (try? JSONSerialization.data(withJSONObject: item, options: [.sortedKeys, .withoutEscapingSlashes]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return .success(ReviewDraft(
            url: url, claimReviewed: claim,
            headline: text(item["headline"]) ?? text(item["name"]),
            rating: ReviewRating(
                name: text(rating["alternateName"]) ?? text(rating["name"]), value: number(rating["ratingValue"]),
                best: number(rating["bestRating"]), worst: number(rating["worstRating"]),
                explanation: text(rating["ratingExplanation"])
            ),
            reviewer: author.flatMap { text($0["name"]) } ?? text(item["author"]),
            reviewerURL: author.flatMap { text($0["url"]) },
            published: text(item["datePublished"]),
            claimant: first(reviewed["author"]).flatMap { text($0["name"]) } ?? text(reviewed["author"]),
            claimDate: text(reviewed["datePublished"]),
            appearanceURL: text(appearance["url"]) ?? text(reviewed["appearance"]),
            appearanceHeadline: text(appearance["headline"]) ?? text(appearance["name"]),
            json: json
        ))
    }

    /// A string value, trimmed; nil when absent or empty. Numbers are written as text.
    private static func text(_ value: Any?) -> String? {
        let raw: String? = switch value {
        case let string as String: string
        case let array as [Any]: array.first.flatMap { $0 as? String }
        default: nil
        }
        let trimmed = raw?.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed?.isEmpty == false ? trimmed : nil
    }

    private static func number(_ value: Any?) -> Double? {
        switch value {
        case let number as NSNumber:
            return number.doubleValue.isFinite ? number.doubleValue : nil
        case let string as String:
            return Double(string.trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
        default:
            return nil
        }
    }

    /// An object, or the first object of an array of them.
    private static func first(_ value: Any?) -> [String: Any]? {
        (value as? [String: Any]) ?? (value as? [Any])?.lazy.compactMap { $0 as? [String: Any] }.first
    }
}
