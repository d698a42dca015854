/// `articles` as a terminal table.
public enum ArticleList {
    public static func table(_ articles: [ArticleSummary], width: Int) -> String {
        guard !articles.isEmpty else { return "No articles yet. Ingest some with 'factcheck ingest PATH'.\n" }
        let idWidth = max(2, articles.map { String($0.id.rawValue).count }.max() ?? 2)
        let openWidth = 6, doneWidth = 6
        var out = ClaimList.pad("ID", idWidth, right: true) + "  CLAIMS    OPEN  SETTLED  TITLE\n"
        for a in articles {
            let open = (a.countsByStatus[.unverified] ?? 0) + (a.countsByStatus[.inReview] ?? 0)
            let settled = a.claimCount - open
            var title = a.title
            if let publication = a.publication { title += " (\(publication))" }
            let fixed = idWidth + 2 + 6 + 2 + openWidth + 2 + doneWidth + 3
            out += ClaimList.pad(String(a.id.rawValue), idWidth, right: true) + "  "
                + ClaimList.pad(String(a.claimCount), 6, right: true) + "  " + ClaimList.pad(String(open), openWidth, right: true)
                + "  " + ClaimList.pad(String(settled), doneWidth + 1, right: true) + "  "
                + ClaimList.truncate(TerminalText.name(ClaimList.oneLine(title)), to: max(20, width - fixed)) + "\n"
        }
        let total = articles.reduce(0) { $0 + $1.claimCount }
        out += "\(articles.count) article\(articles.count == 1 ? "" : "s"), \(total) claims\n"
        return out
    }
}
