/// An article file split into what stands at its top (publication, headline, byline, date) and its body.
public struct ParsedArticle: Equatable, Sendable {
    public var metadata: ArticleMetadata
    public var body: String
    /// A front-matter date that is not a calendar date ("next tuesday", "2024-02-30"), kept out of `published`.
    public var unreadDate: String? = nil
}

/// Reads the metadata at the top of an article.
///
/// Markdown files may open with YAML-style front matter (`title:`, `publication:`, `author:`, `url:`, `published:`).
/// Plain text is read the way news feeds write it: publication on the first line, then the headline,
/// a standfirst, a "By NAME" byline and a dateline, each on a short line of its own before the body.
public enum ArticleParser {
    public static func parse(_ text: String) -> ParsedArticle {
        // Most files have no carriage returns: skip the copies then.
        let normalized = text.utf8.contains(0x0D)
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            : text
        if let frontMatter = frontMatter(normalized) { return frontMatter }
        return plainText(normalized)
    }

    private static func frontMatter(_ text: String) -> ParsedArticle? {
        // Only a file that opens with "---" (after an optional byte-order mark) has front matter.
        guard text.hasPrefix("---") || text.hasPrefix("\u{FEFF}---") else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let bom = "\u{FEFF}"
        if let first = lines.first, first.hasPrefix(bom) { lines[0] = first.dropFirst() }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            return nil
        }
        var metadata = ArticleMetadata()
        var unreadDate: String?
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            guard !value.isEmpty else { continue }
            switch key {
            case "title", "headline": metadata.title = value
            case "publication", "publisher", "source": metadata.publication = value
            case "author", "byline", "by": metadata.author = value
            case "url", "link": metadata.url = value
            case "published", "date":
                metadata.published = DateText.isoDate(value)
                unreadDate = metadata.published == nil ? value : nil
            default: continue
            }
        }
        var body = lines[(close + 1)...].joined(separator: "\n")
        // A leading "# Headline" is the title when the front matter gave none.
        let trimmed = body.drop { $0 == "\n" || $0 == " " }
        if trimmed.hasPrefix("# ") {
            let headingLine = trimmed.prefix { $0 != "\n" }
            if metadata.title == nil { metadata.title = String(headingLine.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
            body = String(trimmed.dropFirst(headingLine.count))
        }
        return ParsedArticle(metadata: metadata, body: WhitespaceTrim.trimmed(body), unreadDate: unreadDate)
    }

    private static func plainText(_ text: String) -> ParsedArticle {
        // Blocks are separated by blank lines; header blocks are short single lines without a full stop.
        var remaining = Substring(text)
        var headerLines: [String] = []
        var metadata = ArticleMetadata()
        // How many header lines stood above the byline: one, and the byline follows the headline ("Headline / By NAME
        // / BBC News, Leeds"); two or more, and a publication may head them ("Boston Herald / HEADLINE / By NAME").
        var linesAboveByline: Int?
        // Header lines may stand in blocks of their own or one under another: a pasted page runs them together.
        while headerLines.count < 6 {
            let stripped = remaining.drop { $0 == "\n" || $0 == " " || $0 == "\t" }
            let line = stripped.prefix { $0 != "\n" }
            let afterLine = stripped.dropFirst(line.count)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { break }
            // A line the next one carries on ("... raise the tax by 20" / "percent") is prose, not a header.
            let nextLine = afterLine.dropFirst().prefix { $0 != "\n" }
            if let first = nextLine.first, first.isLowercase { break }
            if let author = byline(trimmed) {
                metadata.author = author
                linesAboveByline = headerLines.count
            } else if let date = DateText.isoDate(trimmed) ?? DateText.isoDate(withoutDateLabel(trimmed)) {
                metadata.published = date
            } else if isCopyright(trimmed) || isPageChrome(trimmed) {
                // "© 2009 The Gazette", "Skip to content": neither title nor text.
            } else if isHeaderLine(trimmed) {
                headerLines.append(trimmed)
            } else {
                break
            }
            remaining = afterLine
        }
        switch headerLines.count {
        case 0: break
        case 1: metadata.title = headerLines[0]
        default:
            // "Boston Herald / BACKPAGE SERVERS SEIZED / standfirst": a short first line names the publication.
            // Right under the headline, the byline comes first and the publication after it: "Council tax to rise /
            // By Sarah Jones / BBC News, Leeds".
            if linesAboveByline == 1 {
                metadata.title = headerLines[0]
                if headerLines[1].count <= 40 { metadata.publication = headerLines[1] }
            } else if headerLines[0].count <= 40, metadata.author != nil || headerLines.count >= 3 {
                metadata.publication = headerLines[0]
                metadata.title = headerLines[1]
            } else {
                metadata.title = headerLines[0]
            }
        }
        var body = WhitespaceTrim.trimmed(remaining)
        // Nothing but header lines: they were the text after all.
        if body.isEmpty || (metadata.title == nil && metadata.author == nil && metadata.published == nil) {
            body = WhitespaceTrim.trimmed(text)
        }
        return ParsedArticle(metadata: metadata, body: body)
    }

    /// News agencies that sign a byline after the reporter's name: "Dana Okafor, Reuters".
    static let agencies: Set<String> = [
        "Reuters", "Associated Press", "The Associated Press", "AP", "AFP", "Bloomberg", "Bloomberg News",
        "The Canadian Press", "Canadian Press", "CNN", "UPI", "dpa", "Xinhua", "PTI", "IANS", "ANI", "Press Association",
    ]

    /// The reporter a byline names: "- By BRIAN DOWLING" → "Brian Dowling", "Dana Okafor, Reuters" → "Dana Okafor",
    /// "WXYZ Radio's Dana Okafor reports" → "Dana Okafor".
    static func byline(_ line: String) -> String? {
        let stripped = line.drop { "-–—•* ".contains($0) }
        guard stripped.count < 80 else { return nil }
        var name: String
        if stripped.lowercased().hasPrefix("by ") {
            name = stripped.dropFirst(3).trimmingCharacters(in: .whitespaces)
        } else if let comma = stripped.lastIndex(of: ","), agencies.contains(stripped[stripped.index(after: comma)...].trimmingCharacters(in: .whitespaces)) {
            name = String(stripped[..<comma])
        } else if stripped.hasSuffix(" reports"), let possessive = stripped.range(of: "'s ") ?? stripped.range(of: "’s ") {
            name = String(stripped[possessive.upperBound...].dropLast(" reports".count))
        } else {
            return nil
        }
        name = name.trimmingCharacters(in: .whitespaces)
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 6, name.first!.isUppercase, !name.contains(where: \.isNumber) else { return nil }
        let letters = name.filter(\.isLetter)
        if !letters.isEmpty, letters.allSatisfy(\.isUppercase) {
            return name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        return name
    }

    /// A date line without the word that labels it: "Published 12 March 2024" → "12 March 2024"; "Posted on",
    /// "First published" too. Other lines come back as they are.
    static func withoutDateLabel(_ line: String) -> String {
        let lowered = line.lowercased()
        for label in ["first published ", "published on ", "published ", "posted on ", "posted "] where lowered.hasPrefix(label) {
            return String(line.dropFirst(label.count).drop { $0 == ":" || $0 == " " })
        }
        return line
    }

    /// "© 2009 The Gazette", "Copyright 2021 Reuters".
    static func isCopyright(_ line: String) -> Bool {
        line.count <= 120 && (line.hasPrefix("©") || line.lowercased().hasPrefix("copyright ") || line.hasPrefix("(c) "))
    }

    /// Lines of a page's navigation that a paste carries above the headline.
    static let chromeLines: Set<String> = [
        "advertisement", "accessibility links", "breaking news", "menu", "search", "sign in", "log in", "share",
        "home", "main menu", "navigation", "skip navigation",
    ]

    /// "Skip to content", "1. Skip to main menu", "ADVERTISEMENT": navigation, not the article.
    static func isPageChrome(_ line: String) -> Bool {
        var lowered = line.lowercased()
        // A numbered menu entry: "2. Skip to main menu".
        if let dot = lowered.firstIndex(of: "."), lowered[..<dot].allSatisfy(\.isNumber), !lowered[..<dot].isEmpty {
            lowered = lowered[lowered.index(after: dot)...].trimmingCharacters(in: .whitespaces)
        }
        return chromeLines.contains(lowered) || lowered.hasPrefix("skip to ")
    }

    /// Short and not a sentence: a publication, headline or standfirst.
    private static func isHeaderLine(_ line: String) -> Bool {
        guard line.count <= 200 else { return false }
        // Headlines and standfirsts do not end like sentences.
        if let last = line.last, ".!?:;”\"".contains(last) { return false }
        return true
    }
}
