/// HTML that is safe by construction: tag and attribute names are string literals in our code (`StaticString`), and
/// every piece of text and every attribute value is escaped when rendered. There is no way to put raw markup in.
indirect enum Node: Sendable {
    case element(StaticString, [(StaticString, String)], [Node])
    case text(String)
    case group([Node])

    /// A link whose target is one of our own paths or an http(s) URL; anything else (`javascript:`) is shown as text.
    static func link(_ href: String, _ children: [Node], attributes: [(StaticString, String)] = []) -> Node {
        let lower = href.lowercased()
        guard href.hasPrefix("/") && !href.hasPrefix("//") || lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            return .group(children)
        }
        return .element("a", [("href", href)] + attributes, children)
    }

    func render(into out: inout String) {
        switch self {
        case .text(let text): HTMLEscaping.escape(text, into: &out)
        case .group(let nodes): for node in nodes { node.render(into: &out) }
        case .element(let tag, let attributes, let children):
            out += "<\(tag)"
            for (name, value) in attributes {
                out += " \(name)=\""
                HTMLEscaping.escape(value, into: &out)
                out += "\""
            }
            out += ">"
            guard !HTMLEscaping.voidElements.contains(tag.description) else { return }
            for child in children { child.render(into: &out) }
            out += "</\(tag)>"
        }
    }

    var rendered: String {
        var out = ""
        render(into: &out)
        return out
    }
}

enum HTMLEscaping {
    static let voidElements: Set<String> = ["input", "br", "meta", "link", "hr"]

    /// Escapes the five characters markup treats specially, in text and in quoted attribute values alike, and shows
    /// control characters and bidirectional overrides (which could make text read backwards) as U+FFFD.
    static func escape(_ text: String, into out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if isInert(scalar) { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
            }
        }
    }

    private static func isInert(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: false                 // C0 and C1 controls (a CR would end a line in some views)
        case 0x202A...0x202E, 0x2066...0x2069: false      // bidirectional embeddings, overrides and isolates
        default: true
        }
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }
}
