/// The report as CommonMark (tables are the GitHub-flavoured extension). Every piece of article or editor
/// text is escaped and folded onto one line, so it can never open a heading, list, table row, link or raw HTML.
struct MarkdownReport: ReportRenderer {
    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        out.write("# Fact-check report\n\n")
        out.write("Generated \(summary.generatedAt) · \(summary.claimCount) claim\(summary.claimCount == 1 ? "" : "s")")
        if let filters = summary.filterDescription { out.write(" · " + Markdown.escape(filters)) }
        out.write("\n\n| Status | Claims |\n| --- | ---: |\n")
        for status in summary.statuses {
            out.write("| \(status.rawValue) | \(summary.countsByStatus[status] ?? 0) |\n")
        }
        out.write("\n")
        if summary.claimCount == 0 { out.write("*No claims match this report's filters.*\n\n") }
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        out.write("## \(Markdown.escape(article.title))\n\n")
        var parts = ["Article \(article.id)"] + [article.publication, article.author, article.published].compactMap { $0 }.map(Markdown.escape)
        if let url = article.url { parts.append("<\(Markdown.escapeURL(url))>") }
        out.write(parts.joined(separator: " · ") + "\n\n")
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) -> Bool {
        let claim = item.claim
        out.write("### Claim \(claim.id): \(claim.status.rawValue)" + (claim.unsupportedVerdictSummary.map { " (unsupported: \($0))" } ?? "") + "\n\n")
        out.write("> " + Markdown.highlight(claim.text, claimStart: claim.startOffset, quantities: claim.quantities) + "\n\n")
        var facts: [String] = []
        if let speaker = claim.speaker { facts.append("Speaker: " + Markdown.escape(speaker)) }
        if let subject = claim.subject { facts.append("Subject: " + Markdown.escape(subject)) }
        if let attribution = claim.attribution { facts.append("Source: " + Markdown.escape(attribution)) }
        if !claim.quantities.isEmpty { facts.append("Figures: " + claim.quantities.map { Markdown.escape($0.text) }.joined(separator: ", ")) }
        if !facts.isEmpty { out.write(facts.joined(separator: " · ") + "\n\n") }
        if let note = claim.verdictNote { out.write("**Verdict:** " + Markdown.escape(note) + "\n\n") }
        for match in claim.matches where match.relation != .related {
            out.write("**Tracked:** " + Markdown.escape(MatchList.summary(match)) + "\n\n")
        }
        out.write(Markdown.sources(item.evidence, audience: .desk))
        out.write("**History**\n\n")
        for event in item.history {
            out.write("- \(event.at) \(Markdown.escape(event.editor)): \(Markdown.escape(HistoryText.describe(event)))\n")
        }
        out.write("\n")
        return true
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {}

    mutating func end(_ out: inout some TextOutputStream) {}
}

/// CommonMark escaping for report text.
enum Markdown {
    /// One line, trimmed, with every character that could open markup backslash-escaped: inline markup
    /// (emphasis, code, links, raw HTML, entities, table pipes) anywhere, and list, heading or setext markers
    /// at the start. Runs of spaces collapse, so text can never become an indented code block.
    static func escape(_ text: String) -> String {
        let out = inlineMarkup.apply(Escaping.oneLine(text))
        // "- x", "+ x", "= x" and "1. x" or "1) x" open a block at the start of a line.
        if let first = out.first, "-+=".contains(first) { return "\\" + out }
        let digits = out.prefix(while: \.isASCII).prefix(while: \.isNumber)
        if !digits.isEmpty, let marker = out.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

    /// The "Sources" list of a claim, empty when it has none. The desk sees each citation's stance and note;
    /// readers see the source, its publisher and the quoted passage.
    static func sources(_ evidence: [Evidence], audience: ReportAudience) -> String {
        guard !evidence.isEmpty else { return "" }
        var out = "**Sources**\n\n"
        for e in evidence {
            out += "- " + (audience == .desk ? "\(e.stance.rawValue): " : "")
            out += "[\(escape(e.title ?? e.url))](<\(escapeURL(e.url))>)"
            if let publisher = e.publisher { out += " — " + escape(publisher) }
            if let quote = e.quote { out += ": “" + escape(quote) + "”" }
            if audience == .desk, let note = e.note { out += " (" + escape(note) + ")" }
            out += "\n"
        }
        return out + "\n"
    }

    /// Characters that mean something anywhere in a CommonMark or GFM line.
    private static let inlineMarkup = ASCIIEscapes.backslash("\\`*_[]<>#|~&")

    /// The claim text with each quantity in bold, every piece escaped.
    static func highlight(_ text: String, claimStart: Int, quantities: [Quantity]) -> String {
        let (marks, rest) = QuantityMarks.split(
            shown: Escaping.oneLine(text), original: text, claimStart: claimStart, quantities: quantities
        )
        return marks.map { escapeKeepingSpace(String($0.before)) + "**" + escape(String($0.figure)) + "**" }.joined()
            + escapeKeepingSpace(String(rest))
    }

    /// `escape` for a fragment inside a line: a space at either end matters there.
    private static func escapeKeepingSpace(_ fragment: String) -> String {
        (fragment.first == " " ? " " : "") + escape(fragment) + (fragment.utf8.count > 1 && fragment.last == " " ? " " : "")
    }

    /// URLs go inside <...>: characters that could end or break the destination are percent-encoded.
    static func escapeURL(_ url: String) -> String { urlEscapes.apply(url) }

    private static let urlEscapes = ASCIIEscapes(["<": "%3C", ">": "%3E", " ": "%20", "\\": "%5C", "\n": "%0A", "\r": "%0D"])
}
