/// The report as one JSON document, written piece by piece: version, summary, then articles with their claims.
struct JSONReport: ReportRenderer {
    static let version = 1
    private var firstArticle = true
    private var firstClaim = true

    private struct Summary: Encodable {
        var version: Int
        var generatedAt: String
        var claimCount: Int
        var statusCounts: [String: Int]

        enum CodingKeys: String, CodingKey {
            case version
            case generatedAt = "generated_at"
            case claimCount = "claim_count"
            case statusCounts = "status_counts"
        }
    }

    private struct Item: Encodable {
        var claim: Claim
        var evidence: [Evidence]
        var history: [HistoryEvent]
    }

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        var counts: [String: Int] = [:]
        for (status, count) in summary.countsByStatus { counts[status.rawValue] = count }
        let head = JSONOutput.string(Summary(
            version: Self.version, generatedAt: summary.generatedAt, claimCount: summary.claimCount, statusCounts: counts
        ))
        // Reopen the summary object to append the streamed "articles" array as its last key.
        out.write(Self.reopen(head) + ",\n  \"articles\" : [")
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        out.write(firstArticle ? "\n" : ",\n")
        firstArticle = false
        firstClaim = true
        let head = Self.indent(JSONOutput.string(article), by: 4)
        out.write(Self.reopen(head) + ",\n      \"claims\" : [")
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) {
        out.write(firstClaim ? "\n" : ",\n")
        firstClaim = false
        out.write(Self.indent(JSONOutput.string(Item(claim: item.claim, evidence: item.evidence, history: item.history)), by: 8))
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
