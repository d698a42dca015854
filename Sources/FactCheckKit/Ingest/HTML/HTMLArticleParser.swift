import Foundation

/// Reads a saved web page into an article: its metadata from what the publisher declared, its body from the
/// page's main text, paragraphs kept so sentences and headers work as in plain text.
public enum HTMLArticleParser {
    /// True when the text opens like an HTML document (`<!doctype html`, `<html`, after a byte-order mark,
    /// whitespace or comments), so `-` and files with other names can be recognised.
    public static func looksLikeHTML(_ text: some StringProtocol) -> Bool {
        var rest = Substring(text.prefix(4096))
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
                rest = rest[end.upperBound...]
                continue
            }
            if rest.lowercased().hasPrefix("<?xml"), let end = rest.range(of: "?>") {
                rest = rest[end.upperBound...]
                continue
            }
            break
        }
        let head = rest.prefix(14).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    /// The page's metadata and article body.
    public static func parse(_ text: String) -> ParsedArticle {
        let bytes = Array(text.utf8)
        let root = HTMLTreeBuilder.parse(bytes)
        let found = HTMLMetadataReader.read(root)
        var metadata = ArticleMetadata()
        metadata.title = title(found)
        let finder = ArticleBodyFinder(title: metadata.title)
        let (body, bodyByline) = finder.find(in: bytes)
        metadata.author = byline(found, body: bodyByline ?? HTMLByline.find(in: root))
        metadata.published = published(found)
        metadata.publication = found.jsonLD.publication ?? found.meta["og:site_name"].flatMap(HTMLMetadataReader.clean)
        metadata.url = [found.canonical, found.meta["og:url"], found.jsonLD.url].compactMap { $0 }
            .first { (try? InputValidation.url($0)) != nil }
        return ParsedArticle(metadata: metadata, body: body)
    }

    private static func title(_ found: HTMLMetadataReader.Found) -> String? {
        let meta = found.meta
        let documentTitle = HTMLTitle.fromDocumentTitle(found.documentTitle, headings: found.headings)
        // A JSON-LD name and headline that differ: the one that resembles the page's own title (Readability's rule).
        if let name = found.jsonLDName, let headline = found.jsonLD.title, let documentTitle {
            let nameMatches = ArticleBodyFinder.similarity(name, documentTitle) > 0.75
            let headlineMatches = ArticleBodyFinder.similarity(headline, documentTitle) > 0.75
            return headlineMatches && !nameMatches ? headline : name
        }
        let declared = found.jsonLD.title ?? found.jsonLDName ?? [
            "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title",
            "parsely-title",
        ].lazy.compactMap { meta[$0].flatMap(HTMLMetadataReader.clean) }.first
        return declared ?? documentTitle
    }

    private static func byline(_ found: HTMLMetadataReader.Found, body: String?) -> String? {
        let meta = found.meta
        var candidates: [String?] = [found.jsonLD.author, meta["dc:creator"], meta["dcterm:creator"], meta["author"], meta["parsely-author"]]
        if let author = meta["article:author"], !author.hasPrefix("http") { candidates.append(author) }
        candidates.append(body)
        guard let raw = candidates.lazy.compactMap({ $0.flatMap(HTMLMetadataReader.clean) }).first else { return nil }
        // "By Jane Doe" is Jane Doe.
        for prefix in ["by ", "by: "] where raw.lowercased().hasPrefix(prefix) && raw.count > prefix.count {
            return String(raw.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return raw
    }

    /// The publication date as YYYY-MM-DD when it can be read as one, else as written.
    private static func published(_ found: HTMLMetadataReader.Found) -> String? {
        let meta = found.meta
        let raw = [
            found.jsonLD.published, meta["article:published_time"], meta["parsely-pub-date"], meta["datepublished"],
            meta["og:published_time"], meta["dc:date"], meta["dcterm:date"], meta["date"], found.firstTime,
        ].lazy.compactMap { $0.flatMap(HTMLMetadataReader.clean) }.first
        guard let raw else { return nil }
        return DateText.isoDate(raw) ?? DateText.isoDate(String(raw.prefix(10))) ?? raw
    }
}
