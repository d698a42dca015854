import FactCheckKit
import Foundation
import HTTPTypes
import Hummingbird

/// The JSON API under /api: each handler parses, calls one store method through the desk's database, renders.
/// Roles are checked through `DeskContext.require`, which asks `DeskPolicy`.
struct APIRoutes {
    let desk: Desk

    func register(on routes: inout RouteTable) {
        routes.add(.get, "/api/openapi.json") { _, _ in
            Responses.json(text: OpenAPIDocument.json, headers: [.cacheControl: "max-age=300"])
        }
        routes.add(.get, "/api/claims", listClaims)
        routes.add(.get, "/api/claims/{id}", showClaim)
        routes.add(.post, "/api/claims/{id}/evidence", cite)
        routes.add(.post, "/api/claims/{id}/status", mark)
        routes.add(.post, "/api/claims/{id}/assignee", assign)
        routes.add(.post, "/api/evidence/{id}/withdraw", withdraw)
        routes.add(.get, "/api/articles", listArticles)
        routes.add(.post, "/api/articles", ingest)
    }

    @Sendable func listClaims(_ request: Request, _ context: DeskContext) async throws -> Response {
        let editor = try context.require(.read)
        let query = try WorklistQuery(request.uri.queryParameters, editor: editor)
        let filter = query.filter
        let claims = try await desk.database.read { try $0.claims(filter) }
        var headers: HTTPFields = [:]
        if claims.count == filter.limit, let last = claims.last {
            headers[HTTPField.Name("Link")!] = "</api/claims?\(WorklistQuery.nextPage(request.uri.queryParameters, after: last.id))>; rel=\"next\""
        }
        return Responses.json(text: try ClaimList.jsonArray(claims), headers: headers)
    }

    @Sendable func showClaim(_ request: Request, _ context: DeskContext) async throws -> Response {
        _ = try context.require(.read)
        let id = ClaimID(try Body.id(context))
        let (detail, version) = try await desk.database.read { store in (try store.claimDetail(id, neighbours: ClaimExtractor().neighbours), try store.claimVersion(id)) }
        return try Responses.json(detail, headers: [.eTag: ClaimVersion.etag(version)])
    }

    @Sendable func cite(_ request: Request, _ context: DeskContext) async throws -> Response {
        let editor = try context.require(.cite)
        let id = ClaimID(try Body.id(context))
        let expected = try ClaimVersion.ifMatch(request)
        let evidence = try await Body.json(CiteBody.self, from: request).evidence()
        let (stored, version) = try await desk.database.write { store in
            try store.change(id, ifVersion: expected) {
                (try store.cite(id, evidence: evidence, editor: editor.name), try store.claimVersion(id))
            }
        }
        return try Responses.json(stored, status: .created, headers: [.eTag: ClaimVersion.etag(version)])
    }

    @Sendable func mark(_ request: Request, _ context: DeskContext) async throws -> Response {
        guard context.editor != nil else { throw DeskFailure.signInNeeded }
        let id = ClaimID(try Body.id(context))
        let expected = try ClaimVersion.ifMatch(request)
        let body = try await Body.json(StatusBody.self, from: request)
        let status = try Body.status(body.status)
        let editor = try context.require(.marking(status))
        let (event, version) = try await desk.database.write { store in
            try store.change(id, ifVersion: expected) {
                let event = try store.mark(
                    id, status: status, note: body.note, editor: editor.name, force: body.force ?? false, correction: body.correction
                )
                return (event, try store.claimVersion(id))
            }
        }
        return try Responses.json(event, headers: [.eTag: ClaimVersion.etag(version)])
    }

    @Sendable func assign(_ request: Request, _ context: DeskContext) async throws -> Response {
        let editor = try context.require(.assign)
        let id = ClaimID(try Body.id(context))
        let expected = try ClaimVersion.ifMatch(request)
        let body = try await Body.json(AssigneeBody.self, from: request)
        let (outcome, version) = try await desk.database.write { store in
            try store.change(id, ifVersion: expected) {
                (try store.assign(id, to: body.to, editor: editor.name), try store.claimVersion(id))
            }
        }
        let result: AssignmentResult = switch outcome {
        case .assigned(let event): AssignmentResult(assignee: event.to, changed: true)
        case .unchanged(let assignee): AssignmentResult(assignee: assignee, changed: false)
        }
        return try Responses.json(result, headers: [.eTag: ClaimVersion.etag(version)])
    }

    @Sendable func withdraw(_ request: Request, _ context: DeskContext) async throws -> Response {
        let editor = try context.require(.withdrawEvidence)
        let evidenceID = EvidenceID(try Body.id(context))
        let expected = try ClaimVersion.ifMatch(request)
        let body = try await Body.json(WithdrawBody.self, from: request)
        let (withdrawal, version) = try await desk.database.write { store in
            let claimID = try store.claimID(ofEvidence: evidenceID)
            return try store.change(claimID, ifVersion: expected) {
                let withdrawal = try store.withdraw(evidenceID, reason: body.reason, editor: editor.name, correction: body.correction)
                return (withdrawal, try store.claimVersion(claimID))
            }
        }
        return try Responses.json(
            WithdrawalResult(
                evidenceID: withdrawal.evidenceID, claimID: withdrawal.claimID, verdictNowUnsupported: withdrawal.verdictNowUnsupported
            ),
            headers: [.eTag: ClaimVersion.etag(version)]
        )
    }

    @Sendable func listArticles(_ request: Request, _ context: DeskContext) async throws -> Response {
        _ = try context.require(.read)
        let summaries = try await desk.database.read { try $0.articleSummaries() }
        return try Responses.json(summaries)
    }

    @Sendable func ingest(_ request: Request, _ context: DeskContext) async throws -> Response {
        let editor = try context.require(.ingest)
        let buffer = try await Body.collect(request, limit: Body.articleLimit)
        var overrides = ArticleMetadata()
        let data: Data
        if request.headers[.contentType]?.hasPrefix("application/json") == true {
            let body: ArticleBody
            do { body = try JSONDecoder().decode(ArticleBody.self, from: Data(buffer: buffer)) } catch {
                throw DeskFailure.malformedBody("expected {\"text\": ...} with optional title, publication, author, url, published")
            }
            overrides = ArticleMetadata(
                title: try InputValidation.optionalText(body.title, option: "title"),
                publication: try InputValidation.optionalText(body.publication, option: "publication"),
                author: try InputValidation.optionalText(body.author, option: "author"),
                url: try body.url.map(InputValidation.url), published: try body.published.map(InputValidation.date)
            )
            data = Data(body.text.utf8)
        } else {
            data = Data(buffer: buffer)
        }
        let metadata = overrides
        let result = try await desk.database.write { store in
            try Ingestor(store: store, editor: editor.name, overrides: metadata, maxBytes: Body.articleLimit)
                .ingest(.received(data, name: "the request body"))
        }
        return switch result.outcome {
        case .ingested(let id, let claims):
            try Responses.json(IngestResultBody(articleID: id, claims: claims, alreadyIngested: false), status: .created,
                           headers: [.location: "/api/articles/\(id)"])
        case .alreadyIngested(let id):
            try Responses.json(IngestResultBody(articleID: id, claims: nil, alreadyIngested: true))
        }
    }
}

struct AssignmentResult: Encodable {
    var assignee: String?
    var changed: Bool

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assignee, forKey: .assignee)
        try container.encode(changed, forKey: .changed)
    }

    enum CodingKeys: String, CodingKey { case assignee, changed }
}

struct WithdrawalResult: Encodable {
    var evidenceID: EvidenceID
    var claimID: ClaimID
    var verdictNowUnsupported: ClaimStatus?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(evidenceID, forKey: .evidenceID)
        try container.encode(claimID, forKey: .claimID)
        try container.encode(verdictNowUnsupported, forKey: .verdictNowUnsupported)
    }

    enum CodingKeys: String, CodingKey {
        case evidenceID = "evidence_id"
        case claimID = "claim_id"
        case verdictNowUnsupported = "verdict_now_unsupported"
    }
}

struct IngestResultBody: Encodable {
    var articleID: ArticleID
    var claims: Int?
    var alreadyIngested: Bool

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id"
        case claims
        case alreadyIngested = "already_ingested"
    }
}

/// A claim's version as an HTTP entity tag: `GET /api/claims/ID` sends it, a write may send it back in `If-Match`.
enum ClaimVersion {
    static func etag(_ version: Int64) -> String { "\"\(version)\"" }

    /// The version `If-Match` names, nil when there is none (or `*`): then the write is not checked.
    static func ifMatch(_ request: Request) throws(DeskFailure) -> Int64? {
        guard let raw = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces), raw != "*" else { return nil }
        return try parse(raw.hasPrefix("W/") ? String(raw.dropFirst(2)) : raw, field: "If-Match")
    }

    static func parse(_ raw: String, field: String) throws(DeskFailure) -> Int64 {
        let bare = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard let version = Int64(bare), version >= 0 else {
            throw .malformedBody("\(field) is not a version this server sent (\(raw.prefix(30)))")
        }
        return version
    }
}
