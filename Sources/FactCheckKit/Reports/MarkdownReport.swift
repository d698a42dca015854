/// The report as CommonMark.
struct MarkdownReport: ReportRenderer {
    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        out.write("# Fact-check report\n\n")
        out.write("Generated \(summary.generatedAt). \(summary.claimCount) claim\(summary.claimCount == 1 ? "" : "s").\n\n")
        out.write("| Status | Claims |\n| --- | ---: |\n")
        for status in ClaimStatus.allCases where summary.countsByStatus[status] != nil {
            out.write("| \(status.rawValue) | \(summary.countsByStatus[status]!) |\n")
        }
        out.write("\n")
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        out.write("## \(Self.escape(article.title))\n\n")
        let byline = [article.publication, article.author, article.published].compactMap { $0 }.map(Self.escape)
        var line = "Article \(article.id)"
        if !byline.isEmpty { line += " · " + byline.joined(separator: " · ") }
        if let url = article.url { line += " · <\(Self.escapeURL(url))>" }
        out.write(line + "\n\n")
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) {
        let claim = item.claim
        out.write("### Claim \(claim.id): \(claim.status.rawValue)\n\n")
        out.write("> " + Self.escape(ClaimList.oneLine(claim.text)) + "\n\n")
        var facts: [String] = ["Score \(ClaimList.format2(claim.score))"]
        if let speaker = claim.speaker { facts.append("speaker: " + Self.escape(speaker)) }
        if let attribution = claim.attribution { facts.append("source: " + Self.escape(attribution)) }
        if !claim.quantities.isEmpty { facts.append("quantities: " + claim.quantities.map { Self.escape($0.text) }.joined(separator: ", ")) }
        out.write(facts.joined(separator: " · ") + "\n\n")
        if let note = claim.verdictNote { out.write("**Verdict note:** " + Self.escape(ClaimList.oneLine(note)) + "\n\n") }
        if !item.evidence.isEmpty {
            out.write("**Evidence**\n\n")
            for e in item.evidence {
                let label = Self.escape(e.title ?? e.url)
                var line = "- \(e.stance.rawValue): [\(label)](<\(Self.escapeURL(e.url))>)"
                if let publisher = e.publisher { line += ", " + Self.escape(publisher) }
                if let quote = e.quote { line += ": “" + Self.escape(ClaimList.oneLine(quote)) + "”" }
                if let note = e.note { line += " (" + Self.escape(ClaimList.oneLine(note)) + ")" }
                out.write(line + "\n")
            }
            out.write("\n")
        }
        out.write("**History**\n\n")
        for event in item.history {
            out.write("- \(event.at) \(Self.escape(event.editor)): \(Self.escape(HistoryText.describe(event)))\n")
        }
        out.write("\n")
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {}

    mutating func end(_ out: inout some TextOutputStream) {}

    /// Backslash-escapes every ASCII punctuation character CommonMark could read as markup.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in ClaimList.oneLine(text) {
            if let ascii = character.asciiValue, "\\`*_{}[]()<>#+-.!|~&\"'".utf8.contains(ascii) {
                out.append("\\")
            }
            out.append(character)
        }
        return out
    }

    /// URLs go inside <...>: only <, > and spaces need percent-encoding there.
    static func escapeURL(_ url: String) -> String {
        url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: " ", with: "%20")
    }
}
