/// The report as one self-contained HTML page: inline CSS, no scripts, no external assets, every piece of text escaped.
struct HTMLReport: ReportRenderer {
    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.write("<title>Fact-check report</title>\n<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n")
        out.write("<header>\n<h1>Fact-check report</h1>\n<p class=\"meta\">Generated \(HTML.escape(summary.generatedAt)) · ")
        out.write("\(summary.claimCount) claim\(summary.claimCount == 1 ? "" : "s")")
        if let filters = summary.filterDescription { out.write(" · <bdi>\(HTML.escape(filters))</bdi>") }
        out.write("</p>\n</header>\n<section class=\"summary\" aria-label=\"Claims by status\">\n<h2>Claims by status</h2>\n")
        out.write(StatusChart.svg(summary))
        out.write("<table class=\"counts\">\n<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Claims</th></tr></thead>\n<tbody>\n")
        for status in summary.statuses {
            out.write("<tr><td>\(HTML.badge(status))</td><td class=\"n\">\(summary.countsByStatus[status] ?? 0)</td></tr>\n")
        }
        out.write("</tbody>\n</table>\n</section>\n")
        if summary.claimCount == 0 { out.write("<p class=\"empty\">No claims match this report's filters.</p>\n") }
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        out.write("<section class=\"article\" id=\"article-\(article.id)\">\n<h2 dir=\"auto\">\(HTML.escape(article.title))</h2>\n")
        out.write("<p class=\"meta\">Article \(article.id)")
        for part in [article.publication, article.author, article.published].compactMap({ $0 }) {
            out.write(" · <bdi>\(HTML.escape(part))</bdi>")
        }
        if let url = article.url { out.write(" · " + HTML.link(url, label: url)) }
        out.write("</p>\n")
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) -> Bool {
        let c = item.claim
        out.write("<article class=\"claim s-\(c.status.rawValue)\" id=\"claim-\(c.id)\">\n")
        out.write("<h3>Claim \(c.id) \(HTML.badge(c.status))</h3>\n")
        out.write("<blockquote dir=\"auto\">\(HTML.highlight(c.text, claimStart: c.startOffset, quantities: c.quantities))</blockquote>\n")
        var facts: [String] = []
        if let speaker = c.speaker { facts.append("Speaker: <bdi>\(HTML.escape(speaker))</bdi>") }
        if let subject = c.subject { facts.append("Subject: <bdi>\(HTML.escape(subject))</bdi>") }
        if let attribution = c.attribution { facts.append("Source: <bdi>\(HTML.escape(attribution))</bdi>") }
        if !c.quantities.isEmpty {
            facts.append("Figures: " + c.quantities.map { "<bdi>\(HTML.escape($0.text))</bdi>" }.joined(separator: ", "))
        }
        if !facts.isEmpty { out.write("<p class=\"meta\">\(facts.joined(separator: " · "))</p>\n") }
        if let lack = c.unsupportedVerdictSummary {
            out.write("<p class=\"unsupported\"><strong>Unsupported:</strong> the \(c.status.rawValue) verdict \(lack)</p>\n")
        }
        if let note = c.verdictNote {
            out.write("<p class=\"verdict\" dir=\"auto\"><strong>Verdict:</strong> \(HTML.escape(note))</p>\n")
        }
        for match in c.matches where match.relation != .related {
            out.write("<p class=\"meta\" dir=\"auto\"><strong>Tracked:</strong> \(HTML.escape(MatchList.summary(match)))</p>\n")
        }
        out.write(HTML.sources(item.evidence, audience: .desk))
        out.write("<h4>History</h4>\n<ol class=\"history\">\n")
        for event in item.history {
            out.write("<li><time>\(HTML.escape(event.at))</time> <bdi>\(HTML.escape(event.editor))</bdi>: ")
            out.write("<span dir=\"auto\">\(HTML.escape(HistoryText.describe(event)))</span></li>\n")
        }
        out.write("</ol>\n</article>\n")
        return true
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {
        out.write("</section>\n")
    }

    mutating func end(_ out: inout some TextOutputStream) {
        out.write("</body>\n</html>\n")
    }
}

/// Escaping and the small pieces of markup every HTML report part uses.
enum HTML {
    /// Escapes the five characters HTML gives meaning to, in text and in attribute values alike.
    static func escape(_ text: String) -> String { escapes.apply(text) }

    private static let escapes = ASCIIEscapes(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"])

    /// The "Sources" list of a claim, empty when it has none. The desk sees each citation's stance and note;
    /// readers see the source, its publisher and the quoted passage.
    static func sources(_ evidence: [Evidence], audience: ReportAudience) -> String {
        guard !evidence.isEmpty else { return "" }
        var out = "<h4>Sources</h4>\n<ul class=\"evidence\">\n"
        for e in evidence {
            out += "<li>"
            if audience == .desk { out += "<span class=\"stance st-\(e.stance.rawValue)\">\(e.stance.rawValue)</span> " }
            out += link(e.url, label: e.title ?? e.url)
            if let publisher = e.publisher { out += " — <bdi>\(escape(publisher))</bdi>" }
            if let quote = e.quote { out += "\n<blockquote class=\"quote\" dir=\"auto\">\(escape(quote))</blockquote>" }
            if audience == .desk, let note = e.note { out += "\n<p class=\"note\" dir=\"auto\">\(escape(note))</p>" }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    static func badge(_ status: ClaimStatus) -> String {
        "<span class=\"badge s-\(status.rawValue)\">\(status.rawValue)</span>"
    }

    /// A link for an http(s) address; anything else (which the schema refuses anyway) is shown as text, never as a link.
    static func link(_ url: String, label: String) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return "<bdi>\(escape(label))</bdi>" }
        return "<a href=\"\(escape(url))\" dir=\"auto\">\(escape(label))</a>"
    }

    /// The claim text with each quantity wrapped in <mark>, every piece escaped.
    static func highlight(_ text: String, claimStart: Int, quantities: [Quantity]) -> String {
        let (marks, rest) = QuantityMarks.split(shown: text, original: text, claimStart: claimStart, quantities: quantities)
        return marks.map { escape(String($0.before)) + "<mark>" + escape(String($0.figure)) + "</mark>" }.joined()
            + escape(String(rest))
    }
}
