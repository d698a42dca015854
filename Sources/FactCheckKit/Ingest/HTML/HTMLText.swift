/// Turns elements into article text the way plain-text articles are written: each block (paragraph, heading,
/// list item, table row, quote) a paragraph of its own separated by a blank line, `<br>` a line break, whitespace
/// collapsed except inside `<pre>`, table cells separated by spaces.
enum HTMLText {
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul", "iframe", "video", "audio", "picture", "math", "svg",
    ]
    /// Elements whose content is never article text.
    static let nonTextElements: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "textarea", "select", "button", "svg", "math",
        "iframe", "object", "embed", "canvas", "input",
    ]

    static func isCollapsibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\n", "\t", "\r", "\u{0B}", "\u{0C}", "\u{A0}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{85}": true
        default: false
        }
    }

    /// The text of `nodes` (and what is under them), paragraphs separated by blank lines.
    static func paragraphs(of nodes: [HTMLNode]) -> String {
        var writer = Writer()
        for node in nodes { writer.write(node) }
        writer.flush()
        return writer.blocks.joined(separator: "\n\n")
    }

    private struct Writer {
        var blocks: [String] = []
        var line = String.UnicodeScalarView()
        var lines: [String] = []
        var pendingSpace = false
        var preDepth = 0

        mutating func write(_ root: HTMLNode) {
            // An explicit stack of (node, entered) pairs: entering a block flushes, and so does leaving it.
            var stack: [(HTMLNode, Bool)] = [(root, false)]
            while let (node, entered) = stack.popLast() {
                if entered {
                    leave(node)
                    continue
                }
                if node.isDropped || HTMLText.nonTextElements.contains(node.name) { continue }
                if node.isText {
                    text(node.text)
                    continue
                }
                enter(node)
                stack.append((node, true))
                for child in node.children.reversed() { stack.append((child, false)) }
            }
        }

        private mutating func enter(_ node: HTMLNode) {
            switch node.name {
            case "br": breakLine()
            case "td", "th": pendingSpace = !line.isEmpty
            case "pre": flush(); preDepth += 1
            default: if HTMLText.blockElements.contains(node.name) { flush() }
            }
        }

        private mutating func leave(_ node: HTMLNode) {
            switch node.name {
            case "td", "th": pendingSpace = !line.isEmpty
            case "pre": flush(); preDepth = max(0, preDepth - 1)
            default: if HTMLText.blockElements.contains(node.name) { flush() }
            }
        }

        private mutating func text(_ text: String) {
            for scalar in text.unicodeScalars {
                if preDepth > 0 {
                    if scalar == "\n" { breakLine() } else { line.append(scalar == "\t" ? " " : scalar) }
                } else if HTMLText.isCollapsibleSpace(scalar) {
                    pendingSpace = !line.isEmpty
                } else {
                    if pendingSpace { line.append(" ") }
                    pendingSpace = false
                    line.append(scalar)
                }
            }
        }

        private mutating func breakLine() {
            lines.append(trimmed(String(line)))
            line = String.UnicodeScalarView()
            pendingSpace = false
        }

        mutating func flush() {
            breakLine()
            let text = lines.filter { !$0.isEmpty }.joined(separator: "\n")
            lines = []
            if !text.isEmpty { blocks.append(text) }
        }

        private func trimmed(_ text: String) -> String {
            var scalars = Substring(text).unicodeScalars[...]
            while let first = scalars.first, first == " " { scalars = scalars.dropFirst() }
            while let last = scalars.last, last == " " { scalars = scalars.dropLast() }
            return String(String.UnicodeScalarView(scalars))
        }
    }
}
