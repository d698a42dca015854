/// Nests the tokenizer's tokens into elements the way browsers recover from broken markup, closely enough for
/// finding an article: void elements never open, a block closes an open paragraph, `<li>` closes the previous item,
/// an end tag closes up to its own element or is ignored, and nesting deeper than `maxDepth` is flattened.
enum HTMLTreeBuilder {
    /// Deeper elements are not built (their text goes to the deepest element built): a page of 100,000 nested
    /// `<div>`s cannot exhaust memory, the stack, or the time of anything that walks the tree.
    static let maxDepth = 256

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame",
    ]

    /// Start tags that close an open `<p>`.
    private static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt", "listing", "plaintext",
    ]

    /// Elements that bound the search for an open `<p>` or `<li>` to close.
    private static let scopeBoundaries: Set<String> = [
        "html", "table", "td", "th", "caption", "marquee", "object", "template", "applet", "button",
    ]

    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The page as a tree under one root node.
    static func parse(_ bytes: [UInt8]) -> HTMLNode {
        let root = HTMLNode(name: "#document")
        var stack: [HTMLNode] = [root]
        // Elements opened past `maxDepth` are not built; their end tags are counted off here so they close nothing.
        var ignoredOpen: [String: Int] = [:]
        func close(_ name: String, within boundaries: Set<String>) {
            guard let index = stack.lastIndex(where: { $0.name == name || boundaries.contains($0.name) }),
                  stack[index].name == name, index > 0 else { return }
            stack.removeSubrange(index...)
        }
        HTMLTokenizer.tokenize(bytes) { token in
            switch token {
            case .text(let text):
                stack[stack.count - 1].appendText(text)
            case .rawText(_, let text):
                stack[stack.count - 1].text = text
            case .startTag(let name, let attributes, let selfClosing):
                let isRawText = HTMLTokenizer.rawTextElements.contains(name) || HTMLTokenizer.escapableRawTextElements.contains(name)
                if stack.count >= maxDepth, !isRawText, !voidElements.contains(name) {
                    if !selfClosing { ignoredOpen[name, default: 0] += 1 }
                    return
                }
                if closesParagraph.contains(name) { close("p", within: scopeBoundaries) }
                switch name {
                case "li": close("li", within: scopeBoundaries.union(["ol", "ul"]))
                case "dd", "dt":
                    close("dd", within: scopeBoundaries.union(["dl"]))
                    close("dt", within: scopeBoundaries.union(["dl"]))
                case "tr":
                    close("td", within: ["table"]); close("th", within: ["table"]); close("tr", within: ["table"])
                case "td", "th":
                    close("td", within: ["table", "tr"]); close("th", within: ["table", "tr"])
                case "option": close("option", within: ["select"])
                default:
                    if headings.contains(name), let last = stack.last, headings.contains(last.name) { stack.removeLast() }
                }
                let opens = !voidElements.contains(name) && !(selfClosing && (name == "svg" || name == "math" || stack.contains { $0.name == "svg" || $0.name == "math" }))
                let node = HTMLNode(name: name, attributes: attributes)
                stack[stack.count - 1].append(node)
                // A raw-text element past the limit still opens, so its text stays its own; its end tag follows at once.
                if opens { stack.append(node) }
            case .endTag(let name):
                if name == "br" {  // "</br>" is a line break, as in browsers
                    stack[stack.count - 1].append(HTMLNode(name: "br"))
                    return
                }
                if let ignored = ignoredOpen[name], ignored > 0 {
                    ignoredOpen[name] = ignored - 1
                    return
                }
                guard let index = stack.lastIndex(where: { $0.name == name }), index > 0 else { return }
                stack.removeSubrange(index...)
            }
        }
        return root
    }
}
