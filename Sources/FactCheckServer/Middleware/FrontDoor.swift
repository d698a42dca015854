import FactCheckKit
import Foundation
import HTTPTypes
import Hummingbird

/// Every request passes here first: who is signing it (Bearer token or session cookie, looked up again each time,
/// so a revoked token stops at once), the cross-site check for cookie-signed changes, one response for any failure
/// (JSON under /api, a page elsewhere), the security headers, and one access-log line.
struct FrontDoor: RouterMiddleware {
    typealias Context = DeskContext
    let database: DeskDatabase
    let sessions: SessionBook
    let limiter: SignInLimiter
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var context = context
        var response: Response
        do {
            try await signIn(request, &context)
            if Self.isUnsafe(request.method), context.signedInBy != .bearer, !CrossSiteCheck.isSameOrigin(request) {
                throw DeskFailure.crossSite
            }
            response = try await next(request, context)
        } catch {
            response = Self.failure(error, request: request, signedIn: context.editor != nil)
        }
        SecurityHeaders.apply(to: &response)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        // The same time the access log shows, for a client to read (a load test, the browser's network panel).
        response.headers[ServerTiming.field] = ServerTiming.value(milliseconds: milliseconds)
        log("\(Self.timestamp()) \(request.method) \(Self.printable(request.uri.path)) \(response.status.code) "
            + "\(String(format: "%.1f", milliseconds))ms \(context.editor?.name ?? "-")")
        return response
    }

    private func signIn(_ request: Request, _ context: inout Context) async throws {
        if let authorization = request.headers[.authorization] {
            guard authorization.hasPrefix("Bearer ") else { throw DeskFailure.badToken }
            if let wait = await limiter.retryAfter() { throw DeskFailure.tooManySignIns(retryAfter: wait) }
            let token = String(authorization.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
            guard let editor = try await database.read({ try $0.editor(token: token) }) else {
                await limiter.recordFailure()
                throw DeskFailure.badToken
            }
            context.editor = editor
            context.signedInBy = .bearer
        } else if let session = request.cookies[SessionBook.cookieName]?.value,
                  let id = await sessions.editorID(for: session),
                  let editor = try await database.read({ try $0.activeEditor(id: id) }) {
            context.editor = editor
            context.signedInBy = .cookie
        }
    }

    static func isUnsafe(_ method: HTTPRequest.Method) -> Bool {
        ![.get, .head, .options].contains(method)
    }

    /// JSON `{"error": "..."}` under /api; elsewhere a page, or the sign-in page when nobody is signed in.
    static func failure(_ error: any Error, request: Request, signedIn: Bool) -> Response {
        var status = FailureResponse.status(for: error)
        var message = FailureResponse.message(for: error)
        if let http = error as? HTTPError {
            status = http.status
            message = status == .notFound ? DeskFailure.notFound(request.uri.path).message : (http.body ?? status.reasonPhrase)
        }
        var response: Response
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
            response = Responses.error(message, status: status)
        } else if status == .unauthorized, !signedIn, request.method == .get {
            response = Responses.redirect(to: "/login")
        } else {
            response = Responses.html(Layout.page(title: "\(status.code) \(status.reasonPhrase)", editor: nil, body: [
                .element("h1", [], [.text("\(status.code) \(status.reasonPhrase)")]),
                .element("p", [("class", "error")], [.text(message)]),
                .element("p", [], [.element("a", [("href", "/")], [.text("Back to the worklist")])]),
            ]), status: status)
        }
        if case .tooManySignIns(let wait) = error as? DeskFailure {
            response.headers[.retryAfter] = String(wait)
        }
        return response
    }

    static func timestamp() -> String {
        Date().formatted(.iso8601)
    }

    /// A path as one printable line: control characters would forge log lines.
    static func printable(_ path: String) -> String {
        String(String.UnicodeScalarView(path.prefix(200).unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }
}

/// `Server-Timing: app;dur=1.23`: milliseconds from the request reaching the front door to its response being
/// ready (sign-in, handler, database, rendering), without the socket's reading and writing.
enum ServerTiming {
    static let field = HTTPField.Name("Server-Timing")!

    static func value(milliseconds: Double) -> String {
        "app;dur=" + String(format: "%.2f", milliseconds)
    }
}

/// A change signed by a session cookie must come from our own pages: the browser says so in `Sec-Fetch-Site`, or,
/// without it, in an `Origin` whose host and port are this request's. Neither means refuse.
enum CrossSiteCheck {
    static func isSameOrigin(_ request: Request) -> Bool {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!] {
            return site == "same-origin"
        }
        guard let origin = request.headers[.origin], origin != "null",
              let host = request.head.authority ?? request.headers[HTTPField.Name("Host")!] else { return false }
        let withoutScheme = origin.hasPrefix("https://") ? origin.dropFirst(8) : origin.hasPrefix("http://") ? origin.dropFirst(7) : nil
        return withoutScheme.map { $0.lowercased() == host.lowercased() } ?? false
    }
}

/// What every response carries: a strict Content-Security-Policy (no script at all, styles from our own stylesheet),
/// no sniffing, no framing, no caching of desk data.
enum SecurityHeaders {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func apply(to response: inout Response) {
        response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
    }
}
