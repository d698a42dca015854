/// The report as RFC 4180 CSV in UTF-8: a header row, then one row per claim, evidence and history folded into cells.
struct CSVReport: ReportRenderer {
    private var article: ArticleReference?

    static let header = [
        "claim_id", "article_id", "article_title", "publication", "article_url", "article_published", "status", "claim",
        "quantities", "speaker", "attribution", "verdict_note", "evidence_count", "evidence", "updated_at", "history",
        "verdict_unsupported",
    ]

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        out.write(CSV.document(header: Self.header))
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        self.article = article
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) -> Bool {
        let c = item.claim
        // Multi-line cells use CRLF, like the rows, so every spreadsheet splits them the same way.
        let evidence = item.evidence.map { e in
            [e.stance.rawValue, e.title, e.publisher, e.url, e.quote.map { "“\($0)”" }, e.note].compactMap { $0 }.joined(separator: " | ")
        }.joined(separator: "\r\n")
        let history = item.history.map { "\($0.at) \($0.editor): \(HistoryText.describe($0))" }.joined(separator: "\r\n")
        out.write(CSV.row([
            String(c.id.rawValue), String(c.articleID.rawValue), article?.title ?? "", article?.publication ?? "",
            article?.url ?? "", article?.published ?? "", c.status.rawValue, c.text,
            c.quantities.map(\.text).joined(separator: "; "), c.speaker ?? "", c.attribution ?? "", c.verdictNote ?? "",
            String(item.evidence.count), evidence, c.updatedAt, history, c.verdictUnsupported ? "yes" : "no",
        ]))
        return true
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {}
    mutating func end(_ out: inout some TextOutputStream) {}
}
