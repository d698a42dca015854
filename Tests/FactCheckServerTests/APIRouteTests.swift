import FactCheckKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TestSupport
@testable import FactCheckServer

/// Every /api route and its error codes, in process.
@Suite struct APIRouteTests {
    @Test func worklistHasTheCLIKeysAndAKeysetCursor() async throws {
        let fixture = try ServerFixture()
        let expected = try ClaimList.json(try fixture.store().claims(ClaimFilter(limit: 3)))
        try await fixture.test { client in
            let first = try await client.execute(uri: "/api/claims?limit=3", method: .get, headers: Headers.bearer(fixture.checker))
            #expect(first.status == .ok)
            #expect(first.text == expected)
            let link = try #require(first.headers[HTTPField.Name("Link")!])
            #expect(link.hasSuffix("; rel=\"next\""))
            // Every page follows the last: paging through the Link header visits each claim once, in order.
            var seen: [Int] = []
            var next: String? = "/api/claims?limit=3"
            while let uri = next {
                let page = try await client.execute(uri: uri, method: .get, headers: Headers.bearer(fixture.checker))
                #expect(page.status == .ok)
                seen += (page.json as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
                next = page.headers[HTTPField.Name("Link")!].map { String($0.dropFirst().prefix { $0 != ">" }) }
            }
            let all = try fixture.store().claims(ClaimFilter()).map { Int($0.id.rawValue) }
            #expect(seen == all)
            let bad = try await client.execute(uri: "/api/claims?status=maybe", method: .get, headers: Headers.bearer(fixture.checker))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.errorMessage?.hasPrefix("unknown status 'maybe'") == true)
        }
    }

    @Test func theWorklistFiltersOnCheckedBeforeAndFigureChangedAsTheCLIDoes() async throws {
        let fixture = try ServerFixture()
        let store = try fixture.store()
        // Verdicts on the examples' bridge claims, then the follow-up article: its claims match them at ingest.
        for search in ["212 million", "37 change orders"] {
            let claim = try #require(try store.claims(ClaimFilter(search: "\"\(search)\"")).first)
            _ = try store.mark(claim.id, status: .verified, note: "audit p. 4", editor: "setup", force: true)
        }
        let followUp = Paths.examples.appendingPathComponent("follow-up/harbor-bridge-update.txt").path
        try Ingestor(store: store, editor: "setup").ingest(try Ingestor.sources(for: [followUp])) { _ in }
        let checked = try store.claims(ClaimFilter(matched: .checkedBefore))
        let changed = try store.claims(ClaimFilter(matched: .changed))
        try #require(!changed.isEmpty && checked.count > changed.count)
        try await fixture.test { client in
            for (query, expected) in [("checked-before=1", checked), ("changed=1", changed)] {
                let response = try await client.execute(uri: "/api/claims?\(query)", method: .get, headers: Headers.bearer(fixture.checker))
                #expect(response.status == .ok, "\(query)")
                #expect(response.text == (try ClaimList.json(expected)), "\(query)")
            }
            let both = try await client.execute(uri: "/api/claims?checked-before=1&changed=1", method: .get, headers: Headers.bearer(fixture.checker))
            #expect(both.status == .unprocessableContent)
            #expect(both.errorMessage?.hasPrefix("give changed or checked-before, not both") == true)
            let session = try await signIn(client, token: fixture.checker)
            let page = try await client.execute(uri: "/?changed=1", method: .get, headers: Headers.session(session))
            #expect(page.status == .ok)
            #expect(page.text.contains("name=\"changed\" value=\"1\" checked=\"checked\""))
            #expect(page.text.contains("name=\"checked-before\" value=\"1\">"))
            #expect(page.text.contains("/claims/\(changed[0].id.rawValue)\""))
        }
    }

    @Test func signInIsNeededAndARevokedTokenStopsAtOnce() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let none = try await client.execute(uri: "/api/claims", method: .get)
            #expect(none.status == .unauthorized)
            #expect(none.errorMessage?.hasPrefix("sign in first") == true)
            let wrong = try await client.execute(uri: "/api/claims", method: .get, headers: Headers.bearer("fct_nope"))
            #expect(wrong.status == .unauthorized)
            #expect(try await client.execute(uri: "/api/claims", method: .get, headers: Headers.bearer(fixture.editor)).status == .ok)
            _ = try fixture.store().revokeEditor("ann", by: "ada")
            let revoked = try await client.execute(uri: "/api/claims", method: .get, headers: Headers.bearer(fixture.editor))
            #expect(revoked.status == .unauthorized)
        }
    }

    @Test func showSendsTheDetailAndItsVersion() async throws {
        let fixture = try ServerFixture()
        let store = try fixture.store()
        let expected = try JSONOutput.string(try store.claimDetail(ClaimID(12), neighbours: ClaimExtractor().neighbours))
        let version = try store.claimVersion(ClaimID(12))
        try await fixture.test { client in
            let response = try await client.execute(uri: "/api/claims/12", method: .get, headers: Headers.bearer(fixture.checker))
            #expect(response.status == .ok)
            #expect(response.text == expected + "\n")
            #expect(response.headers[.eTag] == "\"\(version)\"")
            #expect(try await client.execute(uri: "/api/claims/9999", method: .get, headers: Headers.bearer(fixture.checker)).status == .notFound)
            #expect(try await client.execute(uri: "/api/claims/abc", method: .get, headers: Headers.bearer(fixture.checker)).status == .notFound)
        }
    }

    @Test func citeMarkAssignAndWithdrawFollowTheCLIRules() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let before = try fixture.rows()
            // Refused: each changes nothing.
            let refusals: [(String, String, String, HTTPResponse.Status)] = [
                ("/api/claims/12/status", #"{"status":"verified"}"#, fixture.editor, .unprocessableContent),
                ("/api/claims/12/status", #"{"status":"maybe"}"#, fixture.editor, .unprocessableContent),
                ("/api/claims/12/status", #"{"status":"verified","force":true,"note":"x"}"#, fixture.checker, .forbidden),
                ("/api/claims/12/status", #"{"status": 3}"#, fixture.editor, .badRequest),
                ("/api/claims/12/evidence", #"{"url":"javascript:alert(1)"}"#, fixture.editor, .unprocessableContent),
                ("/api/claims/12/evidence", #"{"url":"ftp://example.org/x"}"#, fixture.editor, .unprocessableContent),
                ("/api/claims/12/evidence", #"{"url":"https://example.org/x","stance":"agrees"}"#, fixture.editor, .unprocessableContent),
                ("/api/claims/12/evidence", #"{"title":"no url"}"#, fixture.editor, .badRequest),
                ("/api/claims/12/evidence", #"{"url": "https://example.org/x""#, fixture.editor, .badRequest),
                ("/api/claims/9999/evidence", #"{"url":"https://example.org/x"}"#, fixture.editor, .notFound),
                ("/api/evidence/9999/withdraw", #"{"reason":"gone"}"#, fixture.editor, .notFound),
            ]
            for (uri, body, token, status) in refusals {
                let response = try await client.execute(uri: uri, method: .post, headers: Headers.bearer(token), body: body.buffer)
                #expect(response.status == status, "\(uri) \(body)")
                #expect(response.errorMessage?.isEmpty == false, "\(uri) \(body)")
                #expect(response.errorMessage?.contains("\n") == false)
            }
            #expect(try fixture.rows() == before)

            // A checker cites and assigns; the history names the signed-in editor.
            let cited = try await client.execute(
                uri: "/api/claims/12/evidence", method: .post, headers: Headers.bearer(fixture.checker),
                body: #"{"url":"https://example.org/audit","title":"Audit","stance":"supports","note":"p. 4"}"#.buffer
            )
            #expect(cited.status == .created)
            let evidenceID = try #require((cited.json as? [String: Any])?["id"] as? Int)
            let assigned = try await client.execute(
                uri: "/api/claims/12/assignee", method: .post, headers: Headers.bearer(fixture.checker), body: #"{"to":"bob"}"#.buffer
            )
            #expect(assigned.status == .ok)
            #expect(assigned.text.contains(#""assignee" : "bob""#))

            // A stale If-Match is refused with 409 and changes nothing; the current one is accepted.
            let stale = try await client.execute(
                uri: "/api/claims/12/status", method: .post, headers: Headers.bearer(fixture.editor, ifMatch: "\"1\""),
                body: #"{"status":"verified","note":"audit p. 4"}"#.buffer
            )
            #expect(stale.status == .conflict)
            let current = try await client.execute(uri: "/api/claims/12", method: .get, headers: Headers.bearer(fixture.editor))
            let marked = try await client.execute(
                uri: "/api/claims/12/status", method: .post, headers: Headers.bearer(fixture.editor, ifMatch: current.headers[.eTag]),
                body: #"{"status":"verified","note":"audit p. 4"}"#.buffer
            )
            #expect(marked.status == .ok)
            #expect(marked.headers[.eTag] != current.headers[.eTag])

            // Withdrawing needs an editor, happens once.
            let byChecker = try await client.execute(
                uri: "/api/evidence/\(evidenceID)/withdraw", method: .post, headers: Headers.bearer(fixture.checker),
                body: #"{"reason":"revised"}"#.buffer
            )
            #expect(byChecker.status == .forbidden)
            let withdrawn = try await client.execute(
                uri: "/api/evidence/\(evidenceID)/withdraw", method: .post, headers: Headers.bearer(fixture.editor),
                body: #"{"reason":"revised"}"#.buffer
            )
            #expect(withdrawn.status == .ok)
            #expect(withdrawn.text.contains(#""verdict_now_unsupported" : "verified""#))
            let again = try await client.execute(
                uri: "/api/evidence/\(evidenceID)/withdraw", method: .post, headers: Headers.bearer(fixture.editor),
                body: #"{"reason":"revised"}"#.buffer
            )
            #expect(again.status == .conflict)

            let history = try fixture.store().history(of: ClaimID(12))
            #expect(history.map(\.editor) == ["setup", "cat", "cat", "ann", "ann"])
            #expect(history.map(\.action) == [.extracted, .evidenceAdded, .assigned, .status, .evidenceWithdrawn])
        }
    }

    @Test func articlesAreListedAndIngested() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let list = try await client.execute(uri: "/api/articles", method: .get, headers: Headers.bearer(fixture.checker))
            #expect(list.status == .ok)
            #expect((list.json as? [Any])?.count == 3)
            let text = "The city spent $4 million on 12 new buses in 2024, the mayor said.\n"
            let byChecker = try await client.execute(
                uri: "/api/articles", method: .post, headers: Headers.bearer(fixture.checker), body: text.buffer
            )
            #expect(byChecker.status == .forbidden)
            var plain = Headers.bearer(fixture.editor)
            plain[.contentType] = "text/plain"
            let ingested = try await client.execute(uri: "/api/articles", method: .post, headers: plain, body: text.buffer)
            #expect(ingested.status == .created)
            #expect((ingested.json as? [String: Any])?["already_ingested"] as? Bool == false)
            let again = try await client.execute(
                uri: "/api/articles", method: .post, headers: Headers.bearer(fixture.editor),
                body: #"{"text":"The city spent $4 million on 12 new buses in 2024, the mayor said.\n","title":"Buses"}"#.buffer
            )
            #expect(again.status == .ok)
            #expect((again.json as? [String: Any])?["already_ingested"] as? Bool == true)
            let empty = try await client.execute(uri: "/api/articles", method: .post, headers: plain, body: "  \n".buffer)
            #expect(empty.status == .unprocessableContent)
            let badURL = try await client.execute(
                uri: "/api/articles", method: .post, headers: Headers.bearer(fixture.editor),
                body: #"{"text":"Another 5 percent rise.","url":"javascript:x"}"#.buffer
            )
            #expect(badURL.status == .unprocessableContent)
        }
    }

    @Test func everyResponseSaysItsServerTime() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for (uri, headers, status) in [
                ("/api/claims?limit=5", Headers.bearer(fixture.checker), HTTPResponse.Status.ok),
                ("/api/claims", [:], .unauthorized), ("/api/claims/99999", Headers.bearer(fixture.checker), .notFound),
            ] {
                let start = ContinuousClock.now
                let response = try await client.execute(uri: uri, method: .get, headers: headers)
                let wall = ContinuousClock.now - start
                #expect(response.status == status, "\(uri)")
                // `app;dur=MILLISECONDS`, two decimals, no more than the whole round trip took.
                let timing = try #require(response.headers[HTTPField.Name("Server-Timing")!], "\(uri)")
                #expect(timing.hasPrefix("app;dur="), "\(timing)")
                let milliseconds = try #require(Double(timing.dropFirst("app;dur=".count)), "\(timing)")
                #expect(milliseconds >= 0 && milliseconds <= Double(wall.components.seconds) * 1000 + Double(wall.components.attoseconds) / 1e15 + 0.01)
                #expect(timing.split(separator: ".").last?.count == 2, "\(timing)")
            }
        }
    }

    @Test func everyAPIRouteIsInTheOpenAPIDocument() throws {
        let fixture = try ServerFixture()
        let table = DeskServer.routes(database: fixture.database, configuration: .init { _ in })
        let served = Set(table.served.filter { $0.path.hasPrefix("/api/") }.map { "\($0.method.rawValue.lowercased()) \($0.path)" })
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let described = Set(paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
        #expect(served == described)
    }
}
