/// An element or a run of text in a page, as `HTMLTreeBuilder` nests them.
final class HTMLNode {
    /// The element's lower-case name; empty for text.
    let name: String
    let attributes: [String: String]
    /// The decoded text of a text node; the raw content of a `script` or `style` element.
    var text: String
    private(set) var children: [HTMLNode] = []
    private(set) weak var parent: HTMLNode?
    /// Set by the article finder on elements it throws away (navigation, teasers, banners), instead of unlinking them.
    var isDropped = false
    /// The article finder's score, once the node has been scored.
    var contentScore: Double?

    init(name: String, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    var isText: Bool { name.isEmpty }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// Replaces the children, taking them from wherever they were.
    func setChildren(_ nodes: [HTMLNode]) {
        for node in nodes { node.parent = self }
        children = nodes
    }

    /// Appends text, joining it to the last child when that is text too.
    func appendText(_ text: String) {
        if let last = children.last, last.isText {
            last.text += text
        } else {
            append(HTMLNode(name: "", text: text))
        }
    }

    /// `class` and `id` together, lower case: what publishers name their boxes by.
    lazy var classAndID: String = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()

    /// Visits every node under this one (not itself) in document order; `visit` returns false to skip what is under
    /// the node it was given. Iterative, so a deeply nested page cannot exhaust the stack.
    func walk(_ visit: (HTMLNode) -> Bool) {
        var stack: [(HTMLNode, Int)] = [(self, 0)]
        while let (node, index) = stack.popLast() {
            guard index < node.children.count else { continue }
            stack.append((node, index + 1))
            let child = node.children[index]
            if visit(child), !child.children.isEmpty { stack.append((child, 0)) }
        }
    }

    /// The elements under this one named `name`, in document order.
    func elements(named name: String) -> [HTMLNode] {
        var found: [HTMLNode] = []
        walk { node in
            if node.name == name { found.append(node) }
            return true
        }
        return found
    }

    /// The text under this node, whitespace collapsed, dropped elements and scripts left out.
    var plainText: String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func add(_ text: String) {
            for scalar in text.unicodeScalars {
                if HTMLText.isCollapsibleSpace(scalar) {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(" "); pendingSpace = false }
                    out.append(scalar)
                }
            }
        }
        if isText { add(text) }
        walk { node in
            if node.isDropped || HTMLText.nonTextElements.contains(node.name) { return false }
            if node.isText { add(node.text) }
            return true
        }
        return String(out)
    }

    /// The nearest ancestors, closest first, up to `limit`.
    func ancestors(limit: Int) -> [HTMLNode] {
        var result: [HTMLNode] = []
        var node = parent
        while let current = node, result.count < limit {
            result.append(current)
            node = current.parent
        }
        return result
    }
}
