import FactCheckKit

/// `/articles/ID`: the whole article, every claim marked where it stands and linked to its page; and `/articles`.
enum ArticlePage {
    static func render(_ article: Article, claims: [Claim], editor: Editor) -> String {
        let ranges = claims.map { (range: $0.startOffset..<$0.endOffset, mark: $0) }
        let body: [Node] = Highlight.pieces(article.body, ranges: ranges).map { piece in
            guard let claim = piece.mark else { return .text(piece.text) }
            return .link("/claims/\(claim.id)", [.text(piece.text)], attributes: [
                ("class", "claim status-\(claim.status.rawValue)"), ("title", "claim \(claim.id): \(claim.status.rawValue)"),
            ])
        }
        let meta = article.metadata
        let byline = [meta.author, meta.publication, meta.published].compactMap { $0 }.joined(separator: " · ")
        return Layout.page(title: meta.title ?? "Article \(article.id)", editor: editor, body: [
            .element("h1", [], [.text(meta.title ?? "Article \(article.id)")]),
            .element("p", [], [.text(byline)]),
            meta.url.map { .element("p", [], [.link($0, [.text($0)], attributes: [("rel", "noopener noreferrer")])]) } ?? .group([]),
            .element("p", [], [.text("\(claims.count) claims; each is marked in the text and links to its page.")]),
            .element("div", [("class", "article-body")], body),
        ])
    }

    static func list(_ articles: [ArticleSummary], editor: Editor) -> String {
        Layout.page(title: "Articles", editor: editor, body: [
            .element("h1", [], [.text("Articles")]),
            .element("table", [], [
                .element("tr", [], ["Article", "Title", "Publication", "Published", "Claims"].map { .element("th", [], [.text($0)]) }),
            ] + articles.map { article in
                .element("tr", [], [
                    .element("td", [], [.link("/articles/\(article.id)", [.text(String(article.id.rawValue))])]),
                    .element("td", [], [.link("/articles/\(article.id)", [.text(article.title)])]),
                    .element("td", [], [.text(article.publication ?? "")]),
                    .element("td", [], [.text(article.published ?? "")]),
                    .element("td", [], [.text(String(article.claimCount))]),
                ])
            }),
        ])
    }
}
