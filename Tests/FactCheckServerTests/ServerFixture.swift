@testable import FactCheckKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TestSupport
@testable import FactCheckServer

/// A desk database with the example articles and three editors (ada the admin, ann an editor, cat a checker),
/// served in process: requests go straight to the router, no sockets.
struct ServerFixture: Sendable {
    let folder = TemporaryDirectory()
    let path: String
    let database: DeskDatabase
    let admin: String
    let editor: String
    let checker: String
    let signInFailuresPerMinute: Int

    init(signInFailuresPerMinute: Int = 20, extraArticle: String? = nil) throws {
        path = folder.file("desk.db")
        let store = try FactCheckStore(path: path)
        let ingestor = Ingestor(store: store, editor: "setup")
        try ingestor.ingest(try Ingestor.sources(for: [Paths.examples.appendingPathComponent("articles").path])) { _ in }
        if let extraArticle {
            _ = try ingestor.ingest(.received(Data(extraArticle.utf8), name: "hostile"))
        }
        admin = try store.addEditor("ada", role: .admin, by: "setup").token
        editor = try store.addEditor("ann", role: .editor, by: "setup").token
        checker = try store.addEditor("cat", role: .checker, by: "setup").token
        database = try DeskDatabase(path: path)
        self.signInFailuresPerMinute = signInFailuresPerMinute
    }

    /// A second connection, as a CLI user on the same file would have.
    func store() throws -> FactCheckStore { try FactCheckStore(path: path, mode: .existing) }

    /// Every row of every table, to prove a refused request changed nothing.
    func rows() throws -> [String] { try store().dumpRows() }

    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let configuration = DeskServer.Configuration(host: "127.0.0.1", port: 0, signInFailuresPerMinute: signInFailuresPerMinute) { _ in }
        let app = DeskServer.application(database: database, configuration: configuration)
        try await app.test(.router, body)
    }
}

/// Request headers: a Bearer token, JSON, and for cookie-signed requests the session and where the form came from.
enum Headers {
    static func bearer(_ token: String, ifMatch: String? = nil) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        if let ifMatch { fields[.ifMatch] = ifMatch }
        return fields
    }

    static func session(_ cookie: String, sameOrigin: Bool = true) -> HTTPFields {
        var fields: HTTPFields = [.cookie: "\(SessionBook.cookieName)=\(cookie)", .contentType: "application/x-www-form-urlencoded"]
        if sameOrigin { fields[HTTPField.Name("Sec-Fetch-Site")!] = "same-origin" }
        return fields
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as JSON.
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(buffer: body)) }

    var errorMessage: String? { (json as? [String: Any])?["error"] as? String }
}

extension String {
    var buffer: ByteBuffer { ByteBuffer(string: self) }
}

/// Signs in through the form and returns the session cookie's value.
func signIn(_ client: any TestClientProtocol, token: String) async throws -> String {
    let response = try await client.execute(
        uri: "/login", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"],
        body: "token=\(token)".buffer
    )
    guard response.status == .seeOther, let cookie = response.headers[.setCookie],
          let value = cookie.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last else {
        throw SignInFailed(status: response.status.code)
    }
    return String(value)
}

struct SignInFailed: Error { var status: Int }
