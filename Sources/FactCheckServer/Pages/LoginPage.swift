/// `/login`: one field for the token `factcheck editor add` printed.
enum LoginPage {
    static func render(problem: String? = nil) -> String {
        Layout.page(title: "Sign in", editor: nil, body: [
            .element("h1", [], [.text("Sign in")]),
            Layout.errorLine(problem),
            .element("form", [("method", "post"), ("action", "/login")], [
                Layout.field("Token", .element("input", [
                    ("type", "password"), ("name", "token"), ("autocomplete", "off"), ("required", "required"),
                ], [])),
                Layout.submit("Sign in"),
            ]),
            .element("p", [], [.text("An admin gives you a token with 'factcheck editor add NAME --role ROLE'.")]),
        ])
    }
}
