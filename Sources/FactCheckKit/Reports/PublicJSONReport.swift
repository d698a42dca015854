/// The public report as one JSON document, for a newsroom's own pages: the organisation, then `articles` (each with
/// its published `fact_checks`), then the `corrections` log last. Nothing internal: no history, editor names,
/// scores, assignees or notes on sources.
struct PublicJSONReport: ReportRenderer {
    /// Bumped when a key is renamed or removed; adding keys keeps the version.
    static let version = 1
    private let encoder = JSONOutput.encoder()
    private var corrections: [Correction] = []
    private var firstArticle = true
    private var firstClaim = true

    private struct Head: Encodable {
        var version: Int
        var organisation: Organisation
        var generatedAt: String
        var factCheckCount: Int
        var ratingCounts: [String: Int]

        enum CodingKeys: String, CodingKey {
            case version, organisation
            case generatedAt = "generated_at"
            case factCheckCount = "fact_check_count"
            case ratingCounts = "rating_counts"
        }
    }

    private struct Organisation: Encodable {
        @NullWhenAbsent var name: String?
        @NullWhenAbsent var url: String?
        @NullWhenAbsent var logo: String?
    }

    private struct Article: Encodable {
        var id: ArticleID
        var headline: String
        @NullWhenAbsent var publication: String?
        @NullWhenAbsent var author: String?
        @NullWhenAbsent var published: String?
        @NullWhenAbsent var url: String?
    }

    private struct FactCheck: Encodable {
        var claimID: ClaimID
        var claim: String
        @NullWhenAbsent var speaker: String?
        @NullWhenAbsent var attribution: String?
        var rating: String
        var status: ClaimStatus
        @NullWhenAbsent var explanation: String?
        @NullWhenAbsent var publishedAt: String?
        var sources: [Source]
        var corrections: [Correction]

        enum CodingKeys: String, CodingKey {
            case claim, speaker, attribution, rating, status, explanation, sources, corrections
            case claimID = "claim_id"
            case publishedAt = "published_at"
        }
    }

    private struct Source: Encodable {
        var url: String
        @NullWhenAbsent var title: String?
        @NullWhenAbsent var publisher: String?
        @NullWhenAbsent var quote: String?
        var stance: Stance
    }

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) throws(JSONOutputError) {
        corrections = summary.corrections
        var counts: [String: Int] = [:]
        for (status, count) in summary.countsByStatus { counts[PublicReport.rating(status)] = count }
        let settings = summary.settings
        let head = try JSONOutput.string(Head(
            version: Self.version,
            organisation: Organisation(name: settings[.organisationName], url: settings[.organisationURL], logo: settings[.organisationLogo]),
            generatedAt: summary.generatedAt, factCheckCount: summary.claimCount, ratingCounts: counts
        ))
        out.write(JSONReport.reopen(head) + ",\n  \"articles\" : [")
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) throws(JSONOutputError) {
        out.write(firstArticle ? "\n" : ",\n")
        firstArticle = false
        firstClaim = true
        let shown = Article(
            id: article.id, headline: article.title, publication: article.publication,
            author: article.author, published: article.published, url: article.url
        )
        out.write(JSONReport.reopen(JSONReport.indent(try JSONOutput.string(shown, using: encoder), by: 4)) + ",\n      \"fact_checks\" : [")
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) throws(JSONOutputError) -> Bool {
        out.write(firstClaim ? "\n" : ",\n")
        firstClaim = false
        let c = item.claim
        let check = FactCheck(
            claimID: c.id, claim: c.text, speaker: c.speaker, attribution: c.attribution, rating: PublicReport.rating(c.status),
            status: c.status, explanation: c.verdictNote, publishedAt: c.publishedAt,
            sources: item.evidence.map { Source(url: $0.url, title: $0.title, publisher: $0.publisher, quote: $0.quote, stance: $0.stance) },
            corrections: item.corrections
        )
        out.write(JSONReport.indent(try JSONOutput.string(check, using: encoder), by: 8))
        return true
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {
        out.write("\n      ]\n    }")
    }

    mutating func end(_ out: inout some TextOutputStream) throws(JSONOutputError) {
        out.write(firstArticle ? "],\n" : "\n  ],\n")
        let log = JSONReport.indent(try JSONOutput.string(corrections, using: encoder), by: 2).drop { $0 == " " }
        out.write("  \"corrections\" : \(log)\n}\n")
    }
}
