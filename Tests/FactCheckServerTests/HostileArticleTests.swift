import FactCheckKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import FactCheckServer

/// An article written to attack the pages: markup, attribute breakers, a bidi override and control characters,
/// in the title, the body (so in claims) and in evidence. Every page shows it as inert text.
@Suite struct HostileArticleTests {
    static let article = """
        Title: <script>alert('title')</script> "><img src=x onerror=alert(1)>
        Publication: Evil</title><script>x()</script>

        The mayor said <script>alert(1)</script> the city spent $4 million on 12 "><img src=x onerror=alert(2)> buses in 2024.
        According to the council, 45 percent of \u{202E}stnediser\u{202C} paid \u{07}\u{1B}[31m $300 more in 2023 ' onmouseover='alert(3).
        """

    @Test func hostileTextIsInertOnEveryPage() async throws {
        let fixture = try ServerFixture(extraArticle: Self.article)
        let store = try fixture.store()
        let articleID = try #require(store.articleSummaries().last?.id)
        let claims = try store.claims(ClaimFilter(articleID: articleID))
        #expect(claims.count >= 2)
        for claim in claims {
            _ = try store.cite(claim.id, evidence: NewEvidence(
                url: "https://example.org/\"><script>alert(4)</script>", title: "<b onclick=alert(5)>t</b>",
                publisher: "\u{202E}evil", quote: "</li><script>q()</script>", stance: .refutes, note: "' onfocus='n()"
            ), editor: "setup")
        }
        try await fixture.test { client in
            let session = try await signIn(client, token: fixture.editor)
            var pages = ["/", "/?q=mayor", "/articles", "/articles/\(articleID)"] + claims.map { "/claims/\($0.id)" }
            for uri in pages {
                let response = try await client.execute(uri: uri, method: .get, headers: Headers.session(session))
                #expect(response.status == .ok, "\(uri)")
                let html = response.text
                // Markup from the article shows only as text: no tag of its own, no attribute broken out of its quotes.
                for forbidden in ["<script", "<img", "<b ", "' onmouseover='", "' onfocus='", "\u{202E}", "\u{07}", "\u{1B}"] {
                    #expect(!html.contains(forbidden), "\(uri) contains \(forbidden.debugDescription)")
                }
            }
            // The API sends the same text as JSON, which browsers are told not to sniff as markup.
            let json = try await client.execute(uri: "/api/claims/\(claims[0].id)", method: .get, headers: Headers.bearer(fixture.editor))
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            #expect(json.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            let page = try await client.execute(uri: "/articles/\(articleID)", method: .get, headers: Headers.session(session))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(page.text.contains(#"<a href="/claims/"#))
        }
    }

    @Test func theBuilderEscapesTextAndAttributes() {
        let node = Node.element("p", [("title", "\"><x y='z'>")], [.text("<b>&amp;</b>\u{202E}\u{0}")])
        #expect(node.rendered == "<p title=\"&quot;&gt;&lt;x y=&#39;z&#39;&gt;\">&lt;b&gt;&amp;amp;&lt;/b&gt;\u{FFFD}\u{FFFD}</p>")
        #expect(Node.link("javascript:alert(1)", [.text("x")]).rendered == "x")
        #expect(Node.link("//evil.example", [.text("x")]).rendered == "x")
        #expect(Node.link("/claims/1", [.text("x")]).rendered == "<a href=\"/claims/1\">x</a>")
    }

    @Test func highlightsCutAtByteOffsetsOutsideASCII() {
        let text = "Café costs €5 — 10 percent more."
        let ranges = Highlight.figureRanges(in: text, figures: ["€5", "10 percent"])
        let pieces = Highlight.pieces(text, ranges: ranges.map { ($0, true) })
        #expect(pieces.map(\.text) == ["Café costs ", "€5", " — ", "10 percent", " more."])
        #expect(pieces.map { $0.mark != nil } == [false, true, false, true, false])
    }
}
