/// The report as RFC 4180 CSV: one row per claim, evidence folded into cells.
struct CSVReport: ReportRenderer {
    private var article: ArticleReference?

    static let header = [
        "claim_id", "article_id", "article_title", "publication", "article_url", "status", "score", "kinds", "claim",
        "quantities", "speaker", "attribution", "verdict_note", "evidence_count", "evidence", "last_change",
    ]

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        out.write("\u{FEFF}")  // Excel reads the file as UTF-8 only with a byte-order mark.
        out.write(CSV.row(Self.header))
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        self.article = article
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) {
        let c = item.claim
        let evidence = item.evidence.map { e in
            [e.stance.rawValue, e.title, e.publisher, e.url, e.quote.map { "“\($0)”" }].compactMap { $0 }.joined(separator: " | ")
        }.joined(separator: "\n")
        let last = item.history.last.map { "\($0.at) \($0.editor): \(HistoryText.describe($0))" } ?? ""
        out.write(CSV.row([
            String(c.id.rawValue), String(c.articleID.rawValue), article?.title ?? "", article?.publication ?? "",
            article?.url ?? "", c.status.rawValue, ClaimList.format2(c.score), c.kinds.map(\.rawValue).joined(separator: ";"),
            c.text, c.quantities.map(\.text).joined(separator: "; "), c.speaker ?? "", c.attribution ?? "",
            c.verdictNote ?? "", String(item.evidence.count), evidence, last,
        ]))
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {}
    mutating func end(_ out: inout some TextOutputStream) {}
}
