import FactCheckKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import FactCheckServer

/// The browser's routes: sign-in, pages, the claim page's forms, CSRF, stale forms, the sign-in limit.
@Suite struct PageRouteTests {
    @Test func signInTradesTheTokenForASessionCookie() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let away = try await client.execute(uri: "/", method: .get)
            #expect(away.status == .seeOther)
            #expect(away.headers[.location] == "/login")
            let form = try await client.execute(uri: "/login", method: .get)
            #expect(form.status == .ok)
            #expect(form.text.contains(#"<form method="post" action="/login">"#))
            #expect(form.text.contains(#"name="token""#))
            let wrong = try await client.execute(
                uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"],
                body: "token=fct_nope".buffer
            )
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("does not sign anyone in"))
            let crossSite = try await client.execute(
                uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .origin: "https://evil.example"],
                body: "token=\(fixture.editor)".buffer
            )
            #expect(crossSite.status == .forbidden)
            let signedIn = try await client.execute(
                uri: "/login", method: .post,
                // The router test's requests are for host "localhost"; a browser on the desk's own page sends that origin.
                headers: [.contentType: "application/x-www-form-urlencoded", .origin: "http://localhost"],
                body: "token=\(fixture.editor)".buffer
            )
            #expect(signedIn.status == .seeOther)
            let cookie = try #require(signedIn.headers[.setCookie])
            #expect(cookie.hasPrefix("\(SessionBook.cookieName)="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            let session = try await signIn(client, token: fixture.editor)
            let worklist = try await client.execute(uri: "/", method: .get, headers: Headers.session(session))
            #expect(worklist.status == .ok)
            #expect(worklist.text.contains("ann (editor)"))
            #expect(worklist.text.contains("unverified: 23"))
            let out = try await client.execute(uri: "/logout", method: .post, headers: Headers.session(session))
            #expect(out.status == .seeOther)
            #expect(try await client.execute(uri: "/", method: .get, headers: Headers.session(session)).status == .seeOther)
        }
    }

    @Test func everyPageAnswersWithTheSecurityHeaders() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let session = try await signIn(client, token: fixture.checker)
            for uri in ["/", "/?mine=1", "/?status=unverified&kind=money&sort=recent&q=bridge", "/?limit=2&after=16", "/articles",
                        "/articles/1", "/claims/12", "/reports/markdown", "/reports/csv?status=unverified", "/static/style.css"] {
                let response = try await client.execute(uri: uri, method: .get, headers: Headers.session(session))
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentSecurityPolicy] == SecurityHeaders.contentSecurityPolicy, "\(uri)")
                #expect(!response.text.contains("<script"), "\(uri)")
            }
            for uri in ["/claims/9999", "/articles/9999", "/claims/abc", "/reports/pdf", "/nowhere"] {
                let response = try await client.execute(uri: uri, method: .get, headers: Headers.session(session))
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
            let badFilter = try await client.execute(uri: "/?status=maybe", method: .get, headers: Headers.session(session))
            #expect(badFilter.status == .unprocessableContent)
        }
    }

    @Test func theClaimPagesFormsChangeTheClaimAndRedirect() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let session = try await signIn(client, token: fixture.editor)
            func post(_ form: String, _ fields: String, sameOrigin: Bool = true) async throws -> TestResponse {
                let version = try fixture.store().claimVersion(ClaimID(12))
                return try await client.execute(
                    uri: "/claims/12/\(form)", method: .post, headers: Headers.session(session, sameOrigin: sameOrigin),
                    body: "version=\(version)&\(fields)".buffer
                )
            }
            let before = try fixture.rows()
            // A cross-site post (no Sec-Fetch-Site, no Origin) is refused and changes nothing.
            #expect(try await post("assign", "to=bob", sameOrigin: false).status == .forbidden)
            // A verdict without evidence shows the rule at the mark form.
            let refused = try await post("status", "status=verified&note=sure")
            #expect(refused.status == .unprocessableContent)
            let markSection = try #require(refused.text.range(of: #"<section id="status">"#))
            #expect(refused.text[markSection.upperBound...].prefix(400).contains("has no supporting citation"))
            #expect(try await post("evidence", "url=javascript%3Aalert(1)").status == .unprocessableContent)
            #expect(try fixture.rows() == before)

            let cited = try await post("evidence", "url=https%3A%2F%2Fexample.org%2Faudit&title=Audit+report&stance=supports")
            #expect(cited.status == .seeOther)
            #expect(cited.headers[.location] == "/claims/12#evidence")
            #expect(try await post("status", "status=verified&note=audit+p.+4").status == .seeOther)
            #expect(try await post("assign", "to=bob").status == .seeOther)
            #expect(try await post("edit", "text=Every+week+of+delay+costs+commuters+money.&note=typo").status == .seeOther)
            let evidenceID = try fixture.store().evidence(of: ClaimID(12)).first!.id
            #expect(try await post("withdraw", "evidence=\(evidenceID)&reason=revised").status == .seeOther)
            #expect(try await post("withdraw", "evidence=\(evidenceID)&reason=again").status == .conflict)

            let page = try await client.execute(uri: "/claims/12", method: .get, headers: Headers.session(session))
            #expect(page.text.contains("evidence-added"))
            #expect(page.text.contains("unverified → verified"))
            #expect(page.text.contains("audit p. 4"))
            let claim = try fixture.store().claim(ClaimID(12))
            // Editing the text reset the verdict, as `factcheck edit` does without --keep-verdict.
            #expect(claim.status == .inReview)
            #expect(claim.assignee == "bob")
            #expect(try fixture.store().history(of: ClaimID(12)).dropFirst().allSatisfy { $0.editor == "ann" })
        }
    }

    @Test func aStaleFormIsRefusedAndThePageShowsWhatChanged() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let session = try await signIn(client, token: fixture.editor)
            let version = try fixture.store().claimVersion(ClaimID(12))
            // Someone else, on the command line, assigns the claim meanwhile.
            _ = try fixture.store().assign(ClaimID(12), to: "dana", editor: "dana")
            let before = try fixture.rows()
            let stale = try await client.execute(
                uri: "/claims/12/status", method: .post, headers: Headers.session(session),
                body: "version=\(version)&status=in-review".buffer
            )
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("This claim changed since you loaded it"))
            #expect(stale.text.contains("assigned: dana — dana"))
            #expect(try fixture.rows() == before)
            let noVersion = try await client.execute(
                uri: "/claims/12/status", method: .post, headers: Headers.session(session), body: "status=in-review".buffer
            )
            #expect(noVersion.status == .badRequest)
        }
    }

    @Test func aCheckerCannotGiveVerdictsFromThePage() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let session = try await signIn(client, token: fixture.checker)
            let version = try fixture.store().claimVersion(ClaimID(12))
            let refused = try await client.execute(
                uri: "/claims/12/status", method: .post, headers: Headers.session(session),
                body: "version=\(version)&status=false&force=1&note=x".buffer
            )
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("cat is a checker; give-verdict needs the editor role"))
            let allowed = try await client.execute(
                uri: "/claims/12/status", method: .post, headers: Headers.session(session),
                body: "version=\(version)&status=in-review".buffer
            )
            #expect(allowed.status == .seeOther)
        }
    }

    @Test func signInsAreRateLimited() async throws {
        let fixture = try ServerFixture(signInFailuresPerMinute: 3)
        try await fixture.test { client in
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"]
            for _ in 0..<3 {
                let wrong = try await client.execute(uri: "/login", method: .post, headers: headers, body: "token=fct_guess".buffer)
                #expect(wrong.status == .unauthorized)
            }
            let limited = try await client.execute(uri: "/login", method: .post, headers: headers, body: "token=\(fixture.editor)".buffer)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] != nil)
            let api = try await client.execute(uri: "/api/claims", method: .get, headers: Headers.bearer("fct_guess"))
            #expect(api.status == .tooManyRequests)
        }
    }
}
