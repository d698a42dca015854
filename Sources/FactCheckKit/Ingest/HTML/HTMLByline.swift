/// The byline in a page's markup when the publisher declared no author: the first element marked as the author
/// (`rel="author"`, `itemprop="author"`, a `byline` or `author` class) outside navigation, asides and footers,
/// else inside an aside (a blog's author box). A marked `itemprop="name"` inside it is the name itself.
enum HTMLByline {
    private static let outside: Set<String> = ["nav", "aside", "footer"]

    static func find(in root: HTMLNode) -> String? {
        first(in: root, skipping: outside.union(["script", "style", "template", "head"]))
            ?? first(in: root, skipping: ["nav", "footer", "script", "style", "template", "head"])
    }

    private static func first(in root: HTMLNode, skipping skipped: Set<String>) -> String? {
        var found: String?
        root.walk { node in
            guard found == nil, !node.isText, !skipped.contains(node.name) else { return false }
            guard ArticleBodyFinder.isByline(node) else { return true }
            let name = node.elements(named: "span").first { $0.attributes["itemprop"] == "name" } ?? node
            let text = name.plainText
            if !text.isEmpty, text.count < 100, !ArticleBodyFinder.isOnlyDate(text), !ArticleBodyFinder.isHidden(node) {
                found = text
                return false
            }
            return true
        }
        return found
    }
}
