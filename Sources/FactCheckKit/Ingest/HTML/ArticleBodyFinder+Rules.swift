/// The word lists and measures the article finder judges boxes by (after Readability's, plus cookie and consent
/// banners, which Readability leaves to the browser).
extension ArticleBodyFinder {
    /// Never article text, wherever they stand.
    static let dropAlways: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "textarea", "input",
        "iframe", "svg", "math", "object", "embed", "canvas", "dialog", "head", "link", "meta",
    ]
    static let removedInArticle: Set<String> = ["footer", "link", "aside", "fieldset"]
    static let conditionallyCleaned: Set<String> = ["table", "ul", "div", "section"]
    static let scoredElements: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]

    static let unlikelyCandidates = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "cookie", "consent", "newsletter",
    ]
    static let maybeCandidates = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]
    static let positiveNames = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog", "story",
    ]
    static let negativeNames = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "widget", "cookie", "consent",
    ]
    /// Elements that make a `div` more than a paragraph (Readability's DIV_TO_P_ELEMS).
    static let divBlockElements: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "figure"]
    static let phrasingElements: Set<String> = [
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i", "img",
        "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp",
        "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike",
        "tt", "big",
    ]

    static func contains(_ text: String, any words: [String]) -> Bool {
        words.contains { text.contains($0) }
    }

    /// +25 for a class or id that names article text, -25 for one that names anything else; each counted once.
    static func classWeight(_ node: HTMLNode) -> Double {
        var weight = 0.0
        for name in [node.attributes["class"], node.attributes["id"]] {
            guard let name = name?.lowercased(), !name.isEmpty else { continue }
            if isNegative(name) { weight -= 25 }
            if contains(name, any: positiveNames) { weight += 25 }
        }
        return weight
    }

    private static func isNegative(_ name: String) -> Bool {
        if contains(name, any: negativeNames) { return true }
        return name.split(separator: " ").contains("hid")
    }

    /// Hidden by the page itself: never shown to a reader, so never article text.
    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attributes["hidden"] != nil { return true }
        if node.attributes["aria-modal"] == "true" { return true }
        if node.attributes["aria-hidden"] == "true", !(node.attributes["class"] ?? "").contains("fallback-image") { return true }
        guard let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    static func isByline(_ node: HTMLNode) -> Bool {
        if node.attributes["rel"] == "author" { return true }
        if let itemprop = node.attributes["itemprop"], itemprop.contains("author") { return true }
        return contains(node.classAndID, any: ["byline", "author", "dateline", "writtenby", "p-author"])
    }

    /// "Sunday, Feb 1, 2015 11:57 AM UTC": a dateline, which names no author.
    static func isOnlyDate(_ text: String) -> Bool {
        let timeWords: Set<String> = ["am", "pm", "utc", "gmt", "at", "on", "updated", "published", "posted", "est", "edt", "pst", "pdt", "bst", "cet"]
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard text.contains(where: \.isNumber) else { return false }
        return words.allSatisfy { Lexicon.months[$0] != nil || Lexicon.weekdays.contains($0) || timeWords.contains($0) }
    }

    static func hasAncestor(_ node: HTMLNode, in names: Set<String>) -> Bool {
        var parent = node.parent
        while let current = parent {
            if names.contains(current.name) { return true }
            parent = current.parent
        }
        return false
    }

    static func isAncestor(_ ancestor: HTMLNode, of node: HTMLNode) -> Bool {
        var parent = node.parent
        while let current = parent {
            if current === ancestor { return true }
            parent = current.parent
        }
        return false
    }

    /// No text and nothing but line breaks and rules.
    static func isEmpty(_ node: HTMLNode) -> Bool {
        var empty = true
        node.walk { child in
            if child.isText, child.text.unicodeScalars.contains(where: { !HTMLText.isCollapsibleSpace($0) }) { empty = false }
            if !child.isText, child.name != "br", child.name != "hr" { empty = false }
            return empty
        }
        return empty
    }

    static func hasBlockChild(_ node: HTMLNode) -> Bool {
        var found = false
        node.walk { child in
            if divBlockElements.contains(child.name) { found = true }
            return !found
        }
        return found
    }

    /// Wraps each run of loose text and inline elements directly under `node` in a `p` of its own, as
    /// Readability does, so text written straight into a `div` next to other blocks is scored like a paragraph.
    static func wrapInlineRuns(of node: HTMLNode) {
        var children: [HTMLNode] = []
        var run: [HTMLNode] = []
        func endRun() {
            defer { run = [] }
            guard run.contains(where: { !isEmpty($0) || (!$0.isText && $0.name != "br") }) else {
                children += run
                return
            }
            let paragraph = HTMLNode(name: "p")
            paragraph.setChildren(run)
            children.append(paragraph)
        }
        for child in node.children {
            if isPhrasing(child) {
                run.append(child)
            } else {
                endRun()
                children.append(child)
            }
        }
        endRun()
        node.setChildren(children)
    }

    private static func isPhrasing(_ node: HTMLNode) -> Bool {
        if node.isText || phrasingElements.contains(node.name) { return true }
        guard ["a", "del", "ins"].contains(node.name) else { return false }
        return node.children.allSatisfy(isPhrasing)
    }

    /// Commas in Latin, Chinese and Japanese text.
    static func commaCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { count, scalar in
            switch scalar {
            case ",", "\u{060C}", "\u{FE50}", "\u{FE10}", "\u{FE11}", "\u{2E41}", "\u{2E34}", "\u{2E32}", "\u{FF0C}", "\u{3001}": count + 1
            default: count
            }
        }
    }

    /// The share of the text that sits in links; links to the same page count less.
    static func linkDensity(_ node: HTMLNode) -> Double {
        let length = node.plainText.count
        guard length > 0 else { return 0 }
        var linkLength = 0.0
        node.walk { child in
            guard !child.isDropped else { return false }
            if child.name == "a" {
                let weight = (child.attributes["href"] ?? "").hasPrefix("#") ? 0.3 : 1
                linkLength += Double(child.plainText.count) * weight
                return false
            }
            return true
        }
        return linkLength / Double(length)
    }

    static func endsSentence(_ text: String) -> Bool {
        text.hasSuffix(".") || text.contains(". ")
    }

    /// A table of data (with a caption, header cells or many rows), not one used for layout.
    static func isDataTable(_ table: HTMLNode) -> Bool {
        if table.attributes["role"] == "presentation" || table.attributes["datatable"] == "0" { return false }
        if table.attributes["summary"] != nil { return true }
        var data = false, nested = false, rows = 0
        table.walk { child in
            switch child.name {
            case "caption", "th", "thead", "tfoot", "colgroup", "col": data = true
            case "table": nested = true
            case "tr": rows += 1
            default: break
            }
            return true
        }
        return !nested && (data || rows >= 10)
    }

    /// How much of `b`'s words `a` also has (Readability's textSimilarity), from 0 to 1.
    static func similarity(_ a: String, _ b: String) -> Double {
        let tokensA = Set(words(a)), tokensB = words(b)
        guard !tokensA.isEmpty, !tokensB.isEmpty else { return 0 }
        let unique = tokensB.filter { !tokensA.contains($0) }
        let total = tokensB.joined(separator: " ").count
        return 1 - Double(unique.joined(separator: " ").count) / Double(max(total, 1))
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
