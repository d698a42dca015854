import FactCheckKit

/// The frame of every page: our stylesheet, the desk's navigation, who is signed in and a sign-out button.
enum Layout {
    static func page(title: String, editor: Editor?, body: [Node]) -> String {
        var header: [Node] = [.link("/", [.text("factcheck")], attributes: [("class", "brand")])]
        if let editor {
            header += [
                .link("/", [.text("Worklist")]),
                .link("/?mine=1", [.text("My claims")]),
                .link("/articles", [.text("Articles")]),
                .element("span", [("class", "who")], [.text("\(editor.name) (\(editor.role.rawValue))")]),
                .element("form", [("method", "post"), ("action", "/logout"), ("class", "inline")], [
                    .element("button", [("type", "submit")], [.text("Sign out")]),
                ]),
            ]
        }
        let document = Node.element("html", [("lang", "en")], [
            .element("head", [], [
                .element("meta", [("charset", "utf-8")], []),
                .element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")], []),
                .element("title", [], [.text("\(title) · factcheck")]),
                .element("link", [("rel", "stylesheet"), ("href", "/static/style.css")], []),
            ]),
            .element("body", [], [
                .element("header", [], [.element("nav", [], header)]),
                .element("main", [], body),
            ]),
        ])
        return "<!doctype html>\n" + document.rendered + "\n"
    }

    /// A hidden field carrying the claim's version, so a stale form is refused with 409.
    static func versionField(_ version: Int64) -> Node {
        .element("input", [("type", "hidden"), ("name", "version"), ("value", String(version))], [])
    }

    static func field(_ label: String, _ input: Node) -> Node {
        .element("label", [], [.text(label), input])
    }

    static func textInput(_ name: StaticString, value: String = "", required: Bool = false, type: String = "text") -> Node {
        var attributes: [(StaticString, String)] = [("type", type), ("name", name.description), ("value", value)]
        if required { attributes.append(("required", "required")) }
        return .element("input", attributes, [])
    }

    static func select(_ name: StaticString, _ options: [String], selected: String?, blank: String? = nil) -> Node {
        var nodes: [Node] = []
        if let blank { nodes.append(.element("option", [("value", "")], [.text(blank)])) }
        for option in options {
            var attributes: [(StaticString, String)] = [("value", option)]
            if option == selected { attributes.append(("selected", "selected")) }
            nodes.append(.element("option", attributes, [.text(option)]))
        }
        let attributes: [(StaticString, String)] = [("name", name.description)]
        return .element("select", attributes, nodes)
    }

    /// A checkbox that sends `NAME=1` when ticked.
    static func checkbox(_ name: String, checked: Bool) -> Node {
        var attributes: [(StaticString, String)] = [("type", "checkbox"), ("name", name), ("value", "1")]
        if checked { attributes.append(("checked", "checked")) }
        return .element("input", attributes, [])
    }

    static func submit(_ label: String) -> Node {
        .element("button", [("type", "submit")], [.text(label)])
    }

    static func errorLine(_ message: String?) -> Node {
        guard let message else { return .group([]) }
        return .element("p", [("class", "error"), ("role", "alert")], [.text(message)])
    }
}
