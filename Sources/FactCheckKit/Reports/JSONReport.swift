/// The report as one JSON document, written piece by piece: the summary keys (sorted), then `articles` last,
/// each article's keys (sorted) then its `claims` last. Every claim carries its quantities, evidence and history.
struct JSONReport: ReportRenderer {
    /// Bumped when a key is renamed or removed; adding keys keeps the version.
    static let version = 1
    private let encoder = JSONOutput.encoder()
    private var firstArticle = true
    private var firstClaim = true

    private struct Summary: Encodable {
        var version: Int
        var generatedAt: String
        var claimCount: Int
        var statusCounts: [String: Int]
        var filters: Filters

        enum CodingKeys: String, CodingKey {
            case version, filters
            case generatedAt = "generated_at"
            case claimCount = "claim_count"
            case statusCounts = "status_counts"
        }
    }

    private struct Filters: Encodable {
        var statuses: [ClaimStatus]
        var articleID: ArticleID?
        var since: String?
        var editor: String?

        enum CodingKeys: String, CodingKey {
            case statuses, since, editor
            case articleID = "article_id"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(statuses, forKey: .statuses)
            try c.encode(articleID, forKey: .articleID)  // null, not absent, when unset
            try c.encode(since, forKey: .since)
            try c.encode(editor, forKey: .editor)
        }
    }

    private struct Item: Encodable {
        var claim: Claim
        var evidence: [Evidence]
        var history: [HistoryEvent]
    }

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) throws(JSONOutputError) {
        var counts: [String: Int] = [:]
        for (status, count) in summary.countsByStatus { counts[status.rawValue] = count }
        let scope = summary.scope
        let head = try JSONOutput.string(Summary(
            version: Self.version, generatedAt: summary.generatedAt, claimCount: summary.claimCount, statusCounts: counts,
            filters: Filters(statuses: scope.statuses, articleID: scope.articleID, since: scope.since, editor: scope.editor)
        ))
        // Reopen the summary object to append the streamed "articles" array as its last key.
        out.write(Self.reopen(head) + ",\n  \"articles\" : [")
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) throws(JSONOutputError) {
        out.write(firstArticle ? "\n" : ",\n")
        firstArticle = false
        firstClaim = true
        let head = Self.indent(try JSONOutput.string(article, using: encoder), by: 4)
        out.write(Self.reopen(head) + ",\n      \"claims\" : [")
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) throws(JSONOutputError) -> Bool {
        let json = try JSONOutput.string(Item(claim: item.claim, evidence: item.evidence, history: item.history), using: encoder)
        out.write(firstClaim ? "\n" : ",\n")
        firstClaim = false
        out.write(Self.indent(json, by: 8))
        return true
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {
        out.write("\n      ]\n    }")
    }

    mutating func end(_ out: inout some TextOutputStream) {
        out.write(firstArticle ? "]\n}\n" : "\n  ]\n}\n")
    }

    /// A JSON object without its closing brace, ready for more keys.
    static func reopen(_ object: String) -> String {
        var s = Substring(object)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        if s.last == "}" { s = s.dropLast() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    static func indent(_ json: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return json.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }
}
