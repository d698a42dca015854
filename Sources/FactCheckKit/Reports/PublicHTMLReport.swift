/// The public report as one self-contained HTML page: the organisation's fact-checks as readers see them.
/// Published verdicts only, with their sources and corrections; no history, editor names or internal notes.
/// Every piece of text is escaped; the only outside asset is the organisation's logo, when `org.logo` is set.
struct PublicHTMLReport: ReportRenderer {
    private var corrections: [Correction] = []

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        corrections = summary.corrections
        let name = HTML.escape(summary.settings[.organisationName] ?? "")
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.write("<title>Fact checks · \(name)</title>\n<style>\n\(HTMLStyle.css)\n\(Self.css)\n</style>\n</head>\n<body class=\"public\">\n")
        out.write("<header class=\"org\">\n")
        let home = summary.settings[.organisationURL] ?? ""
        if let logo = summary.settings[.organisationLogo] {
            out.write("<a href=\"\(HTML.escape(home))\"><img class=\"logo\" src=\"\(HTML.escape(logo))\" alt=\"\(name)\"></a>\n")
        }
        out.write("<p class=\"org-name\">\(HTML.link(home, label: summary.settings[.organisationName] ?? home))</p>\n")
        out.write("<h1>Fact checks</h1>\n<p class=\"meta\">\(summary.claimCount) published fact-check\(summary.claimCount == 1 ? "" : "s")")
        out.write(" · updated \(HTML.escape(PublicReport.day(summary.generatedAt)))")
        if !corrections.isEmpty { out.write(" · <a href=\"#corrections\">\(corrections.count) correction\(corrections.count == 1 ? "" : "s")</a>") }
        out.write("</p>\n</header>\n")
        if summary.claimCount == 0 { out.write("<p class=\"empty\">No fact-checks have been published yet.</p>\n") }
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        out.write("<section class=\"article\" id=\"article-\(article.id)\">\n")
        out.write("<h2 dir=\"auto\">\(HTML.escape(article.title))</h2>\n<p class=\"meta\">")
        let parts = [article.publication, article.author.map { "By " + $0 }, article.published].compactMap { $0 }
        out.write(parts.map { "<bdi>\(HTML.escape($0))</bdi>" }.joined(separator: " · "))
        if let url = article.url { out.write((parts.isEmpty ? "" : " · ") + HTML.link(url, label: "Read the original story")) }
        out.write("</p>\n")
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) -> Bool {
        let c = item.claim
        let rating = PublicReport.rating(c.status)
        out.write("<article class=\"claim s-\(c.status.rawValue)\" id=\"claim-\(c.id)\">\n")
        out.write("<p class=\"rating\"><span class=\"badge s-\(c.status.rawValue)\">\(HTML.escape(rating))</span></p>\n")
        out.write("<blockquote dir=\"auto\">\(HTML.highlight(c.text, quantities: c.quantities))</blockquote>\n")
        var meta = PublicReport.facts(c).map { "\(HTML.escape($0.label)): <bdi>\(HTML.escape($0.value))</bdi>" }
        if let published = c.publishedAt { meta.append("Published \(HTML.escape(PublicReport.day(published)))") }
        if let latest = item.corrections.first { meta.append("Corrected \(HTML.escape(PublicReport.day(latest.at)))") }
        out.write("<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n")
        if let note = c.verdictNote {
            out.write("<p class=\"verdict\" dir=\"auto\"><strong>Our verdict: \(HTML.escape(rating)).</strong> \(HTML.escape(note))</p>\n")
        }
        out.write(HTML.sources(item.evidence, audience: .public))
        if !item.corrections.isEmpty {
            out.write("<aside class=\"correction\">\n<h4>Correction\(item.corrections.count == 1 ? "" : "s")</h4>\n<ul>\n")
            for entry in item.corrections { out.write("<li>\(Self.describe(entry))</li>\n") }
            out.write("</ul>\n</aside>\n")
        }
        out.write("</article>\n")
        return true
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {
        out.write("</section>\n")
    }

    mutating func end(_ out: inout some TextOutputStream) {
        out.write("<section class=\"corrections\" id=\"corrections\">\n<h2>Corrections</h2>\n")
        if corrections.isEmpty {
            out.write("<p class=\"empty\">No published fact-check has been corrected.</p>\n")
        } else {
            out.write("<ol class=\"corrections-log\">\n")
            for entry in corrections {
                out.write("<li><blockquote dir=\"auto\">\(HTML.escape(ClaimList.oneLine(entry.claimText)))</blockquote>\n\(Self.describe(entry))</li>\n")
            }
            out.write("</ol>\n")
        }
        out.write("</section>\n<footer class=\"meta\">Corrections policy: when we change a published verdict, its explanation or its sources, ")
        out.write("we say what changed, why and when, here and beside the fact-check.</footer>\n</body>\n</html>\n")
    }

    /// One correction: its date, what changed and why.
    private static func describe(_ entry: Correction) -> String {
        "<time>\(HTML.escape(PublicReport.day(entry.at)))</time> <strong>\(HTML.escape(entry.summary))</strong> "
            + "<span dir=\"auto\">\(HTML.escape(entry.reason))</span>"
    }

    static let css = [
        "header.org{margin-bottom:1rem}",
        ".logo{max-height:3rem;display:block;margin-bottom:.5rem}",
        ".org-name{font:bold 1rem 'Helvetica Neue',Helvetica,Arial,sans-serif;margin:0;text-transform:uppercase;letter-spacing:.06em}",
        ".org-name a{color:#1a1a1a;text-decoration:none}",
        ".rating{margin:0 0 .25rem}.rating .badge{font-size:.85rem}",
        "aside.correction{background:#fff6e0;border-left:3px solid #b34700;padding:.4rem .75rem;margin:.75rem 0}",
        "aside.correction h4{margin:.2rem 0;color:#8a3600}aside.correction ul{margin:.2rem 0;padding-left:1.1rem}",
        "section.corrections>h2{border-top:3px solid #1a1a1a;padding-top:1rem;margin-top:2.5rem}",
        "ol.corrections-log li{margin:.75rem 0}ol.corrections-log blockquote{margin:.2rem 0;font-style:italic}",
        "footer{margin-top:2rem;border-top:1px solid #ddd;padding-top:.5rem}",
    ].joined(separator: "\n")
}
