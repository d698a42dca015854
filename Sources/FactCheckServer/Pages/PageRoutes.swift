import FactCheckKit
import Foundation
import Hummingbird

/// The browser workbench: server-rendered pages and plain forms, post/redirect/get.
struct PageRoutes {
    let desk: Desk

    func register(on routes: inout RouteTable) {
        routes.add(.get, "/static/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        routes.add(.get, "/login") { _, _ in Responses.html(LoginPage.render()) }
        routes.add(.post, "/login", signIn)
        routes.add(.post, "/logout", signOut)
        routes.add(.get, "/", worklist)
        routes.add(.get, "/articles", articles)
        routes.add(.get, "/articles/{id}", article)
        routes.add(.get, "/claims/{id}", claim)
        for form in ClaimPage.Form.allCases {
            routes.add(.post, "/claims/{id}/\(form.rawValue)") { request, context in
                try await change(form, request, context)
            }
        }
        routes.add(.get, "/reports/{format}", report)
    }

    @Sendable func signIn(_ request: Request, _ context: DeskContext) async throws -> Response {
        if let wait = await desk.limiter.retryAfter() { throw DeskFailure.tooManySignIns(retryAfter: wait) }
        let token = try await FormFields(request)["token"]?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !token.isEmpty, let editor = try await desk.database.read({ try $0.editor(token: token) }) else {
            await desk.limiter.recordFailure()
            return Responses.html(LoginPage.render(problem: DeskFailure.badToken.message), status: .unauthorized)
        }
        let session = await desk.sessions.open(for: editor.id)
        var response = Responses.redirect(to: "/")
        response.setCookie(Cookie(
            name: SessionBook.cookieName, value: session, maxAge: Int(SessionBook.lifetime), path: "/", httpOnly: true, sameSite: .lax
        ))
        return response
    }

    @Sendable func signOut(_ request: Request, _ context: DeskContext) async throws -> Response {
        if let session = request.cookies[SessionBook.cookieName]?.value { await desk.sessions.close(session) }
        var response = Responses.redirect(to: "/login")
        response.setCookie(Cookie(name: SessionBook.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
        return response
    }

    @Sendable func worklist(_ request: Request, _ context: DeskContext) async throws -> Response {
        let editor = try context.require(.read)
        let parameters = request.uri.queryParameters
        let query = try WorklistQuery(parameters, editor: editor)
        let filter = query.filter
        let (claims, counts) = try await desk.database.read { store in (try store.claims(filter), try store.statusCounts()) }
        return Responses.html(WorklistPage.render(claims, counts: counts, query: query, parameters: parameters, editor: editor))
    }

    @Sendable func articles(_ request: Request, _ context: DeskContext) async throws -> Response {
        let editor = try context.require(.read)
        let summaries = try await desk.database.read { try $0.articleSummaries() }
        return Responses.html(ArticlePage.list(summaries, editor: editor))
    }

    @Sendable func article(_ request: Request, _ context: DeskContext) async throws -> Response {
        let editor = try context.require(.read)
        let id = ArticleID(try Body.id(context))
        let (article, claims) = try await desk.database.read { store in
            (try store.article(id), try store.claims(ClaimFilter(articleID: id, sort: .article)))
        }
        return Responses.html(ArticlePage.render(article, claims: claims, editor: editor))
    }

    @Sendable func claim(_ request: Request, _ context: DeskContext) async throws -> Response {
        let editor = try context.require(.read)
        return try await claimPage(ClaimID(try Body.id(context)), editor: editor)
    }

    private func claimPage(_ id: ClaimID, editor: Editor, problem: ClaimPage.Problem? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let (detail, version) = try await desk.database.read { store in (try store.claimDetail(id, neighbours: ClaimExtractor().neighbours), try store.claimVersion(id)) }
        return Responses.html(ClaimPage.render(detail, version: version, editor: editor, problem: problem), status: status)
    }

    /// One of the claim page's forms: checks the role and the form's version, makes the change in one transaction,
    /// and sends the browser back to the claim; a refusal shows the claim page again with the reason at that form.
    private func change(_ form: ClaimPage.Form, _ request: Request, _ context: DeskContext) async throws -> Response {
        guard let signedIn = context.editor else { throw DeskFailure.signInNeeded }
        let id = ClaimID(try Body.id(context))
        let fields = try await FormFields(request)
        var expected: Int64?
        do {
            let version = try ClaimVersion.parse(fields["version"] ?? "", field: "the form's version")
            expected = version
            let editor = try context.require(try Self.action(form, fields))
            try await desk.database.write { store in
                try store.change(id, ifVersion: version) { try Self.apply(form, fields, to: id, by: editor.name, in: store) }
            }
            return Responses.redirect(to: "/claims/\(id)#\(form.rawValue)")
        } catch {
            let status = FailureResponse.status(for: error)
            if status == .notFound || status == .internalServerError || status == .serviceUnavailable { throw error }
            let problem = ClaimPage.Problem(
                form: form, message: FailureResponse.message(for: error), staleSince: error is StaleVersionError ? expected : nil
            )
            return try await claimPage(id, editor: signedIn, problem: problem, status: status)
        }
    }

    private static func action(_ form: ClaimPage.Form, _ fields: FormFields) throws -> DeskAction {
        switch form {
        case .evidence: .cite
        case .status: .marking(try Body.status(fields["status"] ?? ""))
        case .assign: .assign
        case .withdraw: .withdrawEvidence
        case .edit: .editText
        case .review: .review
        case .publish: .publish
        }
    }

    /// The store call behind each form, with the CLI's rules (the store's own checks) and the form's fields.
    private static func apply(_ form: ClaimPage.Form, _ fields: FormFields, to id: ClaimID, by editor: String, in store: FactCheckStore) throws {
        switch form {
        case .evidence:
            let body = CiteBody(
                url: fields.raw("url") ?? "", title: fields["title"], publisher: fields["publisher"], quote: fields["quote"],
                stance: fields["stance"], note: fields["note"]
            )
            _ = try store.cite(id, evidence: try body.evidence(), editor: editor)
        case .status:
            _ = try store.mark(
                id, status: try Body.status(fields["status"] ?? ""), note: fields["note"], editor: editor,
                force: fields["force"] != nil, correction: fields["correction"]
            )
        case .assign:
            _ = try store.assign(id, to: fields["to"], editor: editor)
        case .withdraw:
            guard let raw = fields["evidence"], let value = Int64(raw), value > 0 else {
                throw DeskFailure.invalidValue("say which evidence to withdraw")
            }
            let evidenceID = EvidenceID(value)
            guard try store.claimID(ofEvidence: evidenceID) == id else {
                throw DeskFailure.invalidValue("evidence \(evidenceID) belongs to another claim")
            }
            _ = try store.withdraw(evidenceID, reason: fields.raw("reason") ?? "", editor: editor, correction: fields["correction"])
        case .edit:
            _ = try store.editText(
                id, to: ClaimRevision(reading: fields.raw("text") ?? ""), note: fields["note"], editor: editor,
                keepVerdict: fields["keep_verdict"] != nil
            )
        case .review:
            guard let decision = fields["decision"].flatMap(ReviewDecision.init(rawValue:)) else {
                throw DeskFailure.invalidValue("choose approve or reject")
            }
            _ = try store.review(id, decision: decision, note: fields["note"], editor: editor)
        case .publish:
            _ = try store.publish([id], editor: editor)
        }
    }

    @Sendable func report(_ request: Request, _ context: DeskContext) async throws -> Response {
        _ = try context.require(.read)
        guard let format = context.parameters.get("format").flatMap(ReportFormat.init(rawValue:)) else {
            throw DeskFailure.notFound(request.uri.path)
        }
        let editor = try context.require(.read)
        let query = try WorklistQuery(request.uri.queryParameters, editor: editor)
        let scope = ReportScope(statuses: query.filter.statuses, articleID: query.filter.articleID)
        let audience: ReportAudience = request.uri.queryParameters.get("public") == "1" ? .public : .desk
        let text = try await desk.database.read { store in
            var out = ""
            try ReportWriter.write(format, scope: scope, audience: audience, store: store, to: &out)
            return out
        }
        let (type, ext): (String, String) = switch format {
        case .markdown: ("text/markdown; charset=utf-8", "md")
        case .html: ("text/html; charset=utf-8", "html")
        case .json: ("application/json; charset=utf-8", "json")
        case .csv: ("text/csv; charset=utf-8", "csv")
        case .claimreview: ("application/ld+json; charset=utf-8", "jsonld")
        }
        return Responses.download(text, contentType: type, filename: "factcheck-report.\(ext)")
    }
}
