/// The report as one self-contained HTML page: inline CSS, no scripts, every piece of text escaped.
struct HTMLReport: ReportRenderer {
    static let style = """
        body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
        h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
        h2{border-top:2px solid #1a1a1a;padding-top:1rem;margin-top:2.5rem}
        .meta{color:#555;font-size:.9rem}
        table.summary{border-collapse:collapse;margin:1rem 0}
        table.summary td,table.summary th{border-bottom:1px solid #ccc;padding:.2rem .8rem;text-align:left}
        .claim{border-left:4px solid #ccc;padding:.2rem 0 .2rem 1rem;margin:1.5rem 0;break-inside:avoid}
        blockquote{margin:.5rem 0;font-size:1.1rem}
        mark{background:#fff3b0;padding:0 .1em}
        .badge{display:inline-block;font:bold .75rem Helvetica,Arial,sans-serif;text-transform:uppercase;padding:.15rem .5rem;border-radius:.25rem;color:#fff;background:#666}
        .s-verified{background:#1b7f3b}.s-false{background:#b00020}.s-misleading{background:#c75000}
        .s-disputed{background:#8a5a00}.s-unverifiable{background:#555}.s-in-review{background:#1f5fa8}.s-unverified{background:#888}
        ul{padding-left:1.2rem}.history{font-size:.85rem;color:#444}
        @media print{body{margin:0;max-width:none}.claim{border-color:#999}a{color:#000}}
        """

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.write("<title>Fact-check report</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n")
        out.write("<h1>Fact-check report</h1>\n<p class=\"meta\">Generated \(Self.escape(summary.generatedAt)) · ")
        out.write("\(summary.claimCount) claim\(summary.claimCount == 1 ? "" : "s")</p>\n")
        out.write("<table class=\"summary\">\n<tr><th>Status</th><th>Claims</th></tr>\n")
        for status in ClaimStatus.allCases where summary.countsByStatus[status] != nil {
            out.write("<tr><td><span class=\"badge s-\(status.rawValue)\">\(status.rawValue)</span></td><td>\(summary.countsByStatus[status]!)</td></tr>\n")
        }
        out.write("</table>\n")
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        out.write("<section class=\"article\">\n<h2>\(Self.escape(article.title))</h2>\n<p class=\"meta\">Article \(article.id)")
        for part in [article.publication, article.author, article.published].compactMap({ $0 }) {
            out.write(" · " + Self.escape(part))
        }
        if let url = article.url { out.write(" · <a href=\"\(Self.escape(url))\">\(Self.escape(url))</a>") }
        out.write("</p>\n")
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) {
        let c = item.claim
        out.write("<div class=\"claim\" id=\"claim-\(c.id)\">\n")
        out.write("<h3>Claim \(c.id) <span class=\"badge s-\(c.status.rawValue)\">\(c.status.rawValue)</span></h3>\n")
        out.write("<blockquote>\(Self.highlight(c.text, quantities: c.quantities))</blockquote>\n")
        var facts = ["score \(ClaimList.format2(c.score))"]
        if let speaker = c.speaker { facts.append("speaker: " + Self.escape(speaker)) }
        if let attribution = c.attribution { facts.append("source: " + Self.escape(attribution)) }
        out.write("<p class=\"meta\">\(facts.joined(separator: " · "))</p>\n")
        if let note = c.verdictNote { out.write("<p><strong>Verdict note:</strong> \(Self.escape(note))</p>\n") }
        if !item.evidence.isEmpty {
            out.write("<p><strong>Evidence</strong></p>\n<ul>\n")
            for e in item.evidence {
                out.write("<li>\(e.stance.rawValue): <a href=\"\(Self.escape(e.url))\">\(Self.escape(e.title ?? e.url))</a>")
                if let publisher = e.publisher { out.write(", " + Self.escape(publisher)) }
                if let quote = e.quote { out.write("<br><q>\(Self.escape(quote))</q>") }
                if let note = e.note { out.write("<br><em>\(Self.escape(note))</em>") }
                out.write("</li>\n")
            }
            out.write("</ul>\n")
        }
        out.write("<ul class=\"history\">\n")
        for event in item.history {
            out.write("<li>\(Self.escape(event.at)) \(Self.escape(event.editor)): \(Self.escape(HistoryText.describe(event)))</li>\n")
        }
        out.write("</ul>\n</div>\n")
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {
        out.write("</section>\n")
    }

    mutating func end(_ out: inout some TextOutputStream) {
        out.write("</body>\n</html>\n")
    }

    /// Escapes the five characters HTML gives meaning to, in text and in attribute values alike.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The claim text with each quantity wrapped in <mark>, every piece escaped.
    static func highlight(_ text: String, quantities: [Quantity]) -> String {
        var out = ""
        var rest = Substring(text)
        for quantity in quantities where !quantity.text.isEmpty {
            guard let range = rest.range(of: quantity.text) else { continue }
            out += escape(String(rest[..<range.lowerBound])) + "<mark>" + escape(quantity.text) + "</mark>"
            rest = rest[range.upperBound...]
        }
        return out + escape(String(rest))
    }
}
