import Foundation

/// Reads what a publisher says about a page: JSON-LD `NewsArticle`/`Article` first, then OpenGraph and the other
/// `<meta>` names, `<time datetime>`, `<link rel="canonical">` and the `<title>`.
struct HTMLMetadataReader {
    /// What the page's markup says, before the body is consulted.
    struct Found {
        var jsonLD = ArticleMetadata()
        /// JSON-LD's `name` when it differs from its `headline`: some sites put the headline there instead.
        var jsonLDName: String?
        var meta: [String: String] = [:]
        var documentTitle: String?
        var canonical: String?
        var firstTime: String?
        var headings: [String] = []
    }

    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle",
        "ScholarlyArticle", "Report", "SatiricalArticle", "MedicalScholarlyArticle", "DiscussionForumPosting",
    ]

    static func read(_ root: HTMLNode) -> Found {
        var found = Found()
        root.walk { node in
            switch node.name {
            case "script":
                if (node.attributes["type"] ?? "").lowercased().contains("ld+json"), found.jsonLD == ArticleMetadata() {
                    (found.jsonLD, found.jsonLDName) = jsonLD(node.text)
                }
                return false
            case "meta":
                readMeta(node.attributes, into: &found.meta)
            case "title":
                if found.documentTitle == nil { found.documentTitle = node.plainText }
            case "link":
                let rel = (node.attributes["rel"] ?? "").lowercased().split(separator: " ")
                if rel.contains("canonical"), found.canonical == nil, let href = node.attributes["href"] { found.canonical = href }
            case "time":
                if found.firstTime == nil, let datetime = node.attributes["datetime"], DateText.isoDate(String(datetime.prefix(10))) != nil {
                    found.firstTime = datetime
                }
            case "h1", "h2":
                if found.headings.count < 20 { found.headings.append(node.plainText) }
            default: break
            }
            return true
        }
        return found
    }

    /// `<meta property="og:title" content=...>` and `<meta name="author" content=...>` under one normalised key
    /// ("og:title", "author", "article:published_time"). A property may list several names separated by spaces, and
    /// "og:article:author" is read as "article:author". A later tag overrides an earlier one, as in Readability.
    private static func readMeta(_ attributes: [String: String], into meta: inout [String: String]) {
        guard let content = attributes["content"]?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty else { return }
        var keys: [String] = []
        if let property = attributes["property"] {
            for token in property.lowercased().split(separator: " ") {
                let parts = token.split(separator: ":")
                keys.append(String(token))
                if parts.count > 2 { keys.append(parts.suffix(2).joined(separator: ":")) }
            }
        }
        for attribute in ["name", "itemprop"] {
            if let name = attributes[attribute] {
                keys.append(name.lowercased().filter { !$0.isWhitespace }.replacingOccurrences(of: ".", with: ":"))
            }
        }
        for key in keys { meta[key] = content }
    }

    /// The first `Article`-like object in a JSON-LD script; empty when there is none or the JSON is broken.
    static func jsonLD(_ script: String) -> (ArticleMetadata, name: String?) {
        var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
        // Some publishers wrap the JSON in a CDATA section, sometimes behind a JavaScript comment.
        for marker in ["//<![CDATA[", "<![CDATA["] where text.hasPrefix(marker) { text.removeFirst(marker.count) }
        for marker in ["//]]>", "]]>"] where text.hasSuffix(marker) { text.removeLast(marker.count) }
        guard let data = text.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return (lenientJSONLD(text), nil)
        }
        guard let article = findArticle(json, depth: 0) else { return (ArticleMetadata(), nil) }
        var metadata = ArticleMetadata()
        metadata.title = (article["headline"] as? String).flatMap(clean) ?? (article["name"] as? String).flatMap(clean)
        metadata.author = names(article["author"]).flatMap(clean)
        metadata.published = (article["datePublished"] as? String).flatMap(clean)
        metadata.publication = names(article["publisher"]).flatMap(clean)
        metadata.url = article["url"] as? String
        let name = (article["name"] as? String).flatMap(clean)
        return (metadata, name == metadata.title ? nil : name)
    }

    /// Broken JSON (a stray comma, an unescaped quote elsewhere) still names its fields plainly: read the string
    /// values of `headline`, `datePublished` and an author's `name` where the JSON says it is an article.
    static func lenientJSONLD(_ text: String) -> ArticleMetadata {
        guard articleTypes.contains(where: { text.contains("\"\($0)\"") }) else { return ArticleMetadata() }
        func value(_ key: String, after start: String.Index? = nil) -> String? {
            let haystack = start.map { text[$0...] } ?? text[...]
            guard let keyRange = haystack.range(of: "\"\(key)\"") else { return nil }
            var rest = text[keyRange.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" }
            guard rest.first == ":" else { return nil }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" }
            guard rest.first == "\"" else { return nil }
            var out = ""
            var escaped = false
            for character in rest.dropFirst() {
                if escaped { out.append(character); escaped = false; continue }
                if character == "\\" { escaped = true; continue }
                if character == "\"" { return clean(out) }
                out.append(character)
            }
            return nil
        }
        var metadata = ArticleMetadata()
        metadata.title = value("headline")
        metadata.published = value("datePublished")
        if let author = text.range(of: "\"author\"") { metadata.author = value("name", after: author.upperBound) }
        return metadata
    }

    private static func findArticle(_ json: Any, depth: Int) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let list = json as? [Any] {
            for item in list { if let found = findArticle(item, depth: depth + 1) { return found } }
            return nil
        }
        guard let object = json as? [String: Any] else { return nil }
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if types.contains(where: articleTypes.contains) { return object }
        if let graph = object["@graph"] { return findArticle(graph, depth: depth + 1) }
        if let main = object["mainEntity"] { return findArticle(main, depth: depth + 1) }
        return nil
    }

    /// "Jane Doe", {"name": "Jane Doe"} or a list of either, as "Jane Doe, John Roe".
    private static func names(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let list = value as? [Any] {
            let all = list.compactMap { names($0) }.filter { !$0.isEmpty }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }

    /// Whitespace collapsed, ends trimmed; nil when nothing is left.
    static func clean(_ text: String) -> String? {
        let collapsed = Escaping.oneLine(text.replacingOccurrences(of: "\u{A0}", with: " "))
        return collapsed.isEmpty ? nil : collapsed
    }
}
