/// The public report as RFC 4180 CSV in UTF-8: one row per published fact-check, sources and corrections folded into
/// cells. No history, editor names, scores or internal notes.
struct PublicCSVReport: ReportRenderer {
    private var article: ArticleReference?
    private var organisation: (name: String, url: String) = ("", "")

    static let header = [
        "claim_id", "headline", "publication", "article_url", "article_published", "claim", "speaker", "attribution",
        "rating", "explanation", "sources", "published_at", "corrections", "organisation", "organisation_url",
    ]

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        organisation = (summary.settings[.organisationName] ?? "", summary.settings[.organisationURL] ?? "")
        out.write(CSV.document(header: Self.header))
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        self.article = article
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) -> Bool {
        let c = item.claim
        let sources = item.evidence.map { e in
            [e.title, e.publisher, e.url, e.quote.map { "“\($0)”" }].compactMap { $0 }.joined(separator: " | ")
        }.joined(separator: "\r\n")
        let corrections = item.corrections.map { "\(PublicReport.day($0.at)): \($0.summary) \($0.reason)" }.joined(separator: "\r\n")
        out.write(CSV.row([
            String(c.id.rawValue), article?.title ?? "", article?.publication ?? "",
            article?.url ?? "", article?.published ?? "", c.text, c.speaker ?? "", c.attribution ?? "",
            PublicReport.rating(c.status), c.verdictNote ?? "", sources, c.publishedAt.map(PublicReport.day) ?? "", corrections,
            organisation.name, organisation.url,
        ]))
        return true
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {}
    mutating func end(_ out: inout some TextOutputStream) {}
}
