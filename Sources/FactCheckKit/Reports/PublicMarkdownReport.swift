/// The public report as CommonMark: the organisation's published fact-checks with their sources and corrections,
/// and a corrections section at the end. No history, editor names or internal notes. Text is escaped as in `MarkdownReport`.
struct PublicMarkdownReport: ReportRenderer {
    private var corrections: [Correction] = []

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        corrections = summary.corrections
        let name = Markdown.escape(summary.settings[.organisationName] ?? "")
        if let home = summary.settings[.organisationURL] {
            out.write("**[\(name)](<\(Markdown.escapeURL(home))>)**\n\n")
        }
        out.write("# Fact checks\n\n")
        out.write("\(summary.claimCount) published fact-check\(summary.claimCount == 1 ? "" : "s") · updated \(PublicReport.day(summary.generatedAt))")
        if !corrections.isEmpty { out.write(" · \(corrections.count) correction\(corrections.count == 1 ? "" : "s")") }
        out.write("\n\n")
        if summary.claimCount == 0 { out.write("*No fact-checks have been published yet.*\n\n") }
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        out.write("## \(Markdown.escape(article.title))\n\n")
        var parts = [article.publication, article.author.map { "By " + $0 }, article.published].compactMap { $0 }.map(Markdown.escape)
        if let url = article.url { parts.append("[Read the original story](<\(Markdown.escapeURL(url))>)") }
        if !parts.isEmpty { out.write(parts.joined(separator: " · ") + "\n\n") }
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) -> Bool {
        let claim = item.claim
        let rating = PublicReport.rating(claim.status)
        out.write("### \(rating)\n\n")
        out.write("> " + Markdown.highlight(claim.text, quantities: claim.quantities) + "\n\n")
        var meta = PublicReport.facts(claim).map { "\($0.label): " + Markdown.escape($0.value) }
        if let published = claim.publishedAt { meta.append("Published \(PublicReport.day(published))") }
        if let latest = item.corrections.first { meta.append("Corrected \(PublicReport.day(latest.at))") }
        out.write(meta.joined(separator: " · ") + "\n\n")
        if let note = claim.verdictNote { out.write("**Our verdict: \(rating).** " + Markdown.escape(note) + "\n\n") }
        out.write(Markdown.sources(item.evidence, audience: .public))
        if !item.corrections.isEmpty {
            out.write("**Correction\(item.corrections.count == 1 ? "" : "s")**\n\n")
            for entry in item.corrections { out.write("- " + Self.describe(entry) + "\n") }
            out.write("\n")
        }
        return true
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {}

    mutating func end(_ out: inout some TextOutputStream) {
        out.write("## Corrections\n\n")
        if corrections.isEmpty {
            out.write("*No published fact-check has been corrected.*\n")
            return
        }
        for entry in corrections {
            out.write("- “" + Markdown.escape(entry.claimText) + "” — " + Self.describe(entry) + "\n")
        }
    }

    private static func describe(_ entry: Correction) -> String {
        "\(PublicReport.day(entry.at)): **\(Markdown.escape(entry.summary))** \(Markdown.escape(entry.reason))"
    }
}
