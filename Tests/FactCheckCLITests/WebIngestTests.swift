import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// `ingest URL`, `--from-list`, saved pages and `factcheck article`, against a server on loopback started here.
@Suite(.serialized) struct WebIngestTests {
    static let page = """
        <!doctype html><html><head><title>Ferry fares to rise | Harbor Times</title>
        <meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2024-03-05T09:30:00Z">
        </head><body><nav><a href="/">Home</a></nav><article>
        <p>The ferry authority will raise fares by 8 percent in January, its board said on Tuesday.</p>
        <p>Ridership fell to 2.1 million trips last year, from 2.6 million before the pandemic, the board said.</p>
        </article></body></html>
        """

    func server() throws -> LocalHTTPServer {
        var routes: [String: LocalHTTPServer.Response] = [
            "/story": .init(body: Self.page),
            "/moved": .redirect(to: "/story"),
            "/plain": .init(contentType: "text/plain", body: "The port handled 4.5 million containers in 2023, up 12 percent, the authority said.\n"),
            "/missing": .init(status: 404, contentType: "text/plain", body: "gone"),
            "/broken": .init(status: 500, contentType: "text/plain", body: "oops"),
            "/pdf": .init(contentType: "application/pdf", body: "%PDF-1.4"),
            "/big": .init(body: "<html><body><p>" + String(repeating: "word ", count: 1000) + "</p></body></html>"),
            "/slow": .init(body: Self.page, delay: 3),
        ]
        for hop in 0..<7 { routes["/loop\(hop)"] = .redirect(to: "/loop\(hop + 1)") }
        return try LocalHTTPServer(routes: routes)
    }

    @Test func ingestsAPageByItsFinalAddress() throws {
        let server = try server()
        defer { server.stop() }
        let folder = TemporaryDirectory()
        let db = folder.file("f.db")
        let result = try CLI.run(["ingest", server.url("/moved")], database: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("article 1: Ferry fares to rise | Harbor Times — 2 claims"))
        let json = try CLI.run(["article", "1", "--format", "json"], database: db)
        let article = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(article["url"] as? String == server.url("/story"))
        #expect(article["author"] as? String == "Ana Ruiz")
        #expect(article["published"] as? String == "2024-03-05")
        #expect((article["body"] as? String)?.hasPrefix("The ferry authority") == true)
        #expect((article["claims"] as? [Any])?.count == 2)
        let text = try CLI.run(["article", "1"], database: db)
        #expect(text.stdout.contains("[claim 1: The ferry authority will raise fares by 8 percent"))
    }

    struct Failure: CustomTestStringConvertible, Sendable {
        var path: String
        var arguments: [String] = []
        var status: Int32
        var message: String
        var testDescription: String { path }
    }

    @Test(arguments: [
        Failure(path: "/missing", status: 66, message: "answered HTTP 404"),
        Failure(path: "/broken", status: 74, message: "answered HTTP 500"),
        Failure(path: "/pdf", status: 65, message: "it is application/pdf, not text/html or text/plain"),
        Failure(path: "/big", arguments: ["--max-bytes", "1000"], status: 65, message: "over the 1000-byte limit"),
        Failure(path: "/loop0", status: 74, message: "more than 5 redirects"),
        Failure(path: "/slow", arguments: ["--timeout", "1"], status: 75, message: "no answer within 1 s"),
    ])
    func refusesWithOneLine(_ failure: Failure) throws {
        let server = try server()
        defer { server.stop() }
        let folder = TemporaryDirectory()
        let result = try CLI.run(["ingest", server.url(failure.path)] + failure.arguments, database: folder.file("f.db"))
        #expect(result.status == failure.status)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.contains(failure.message), "\(result.stderr)")
    }

    @Test func refusedConnectionIsOneLine() throws {
        let server = try server()
        let address = server.url("/story")
        server.stop()
        let folder = TemporaryDirectory()
        let result = try CLI.run(["ingest", address], database: folder.file("f.db"))
        #expect(result.status == 74)
        #expect(result.errorLines.count == 1)
    }

    @Test func fromListIngestsEachLine() throws {
        let server = try server()
        defer { server.stop() }
        let folder = TemporaryDirectory()
        let list = folder.write("links.txt", "# today's links\n\(server.url("/story"))\n\n\(server.url("/plain"))\n")
        let result = try CLI.run(["ingest", "--from-list", list], database: folder.file("f.db"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 stored, 0 already ingested, 0 failed"))
    }

    @Test func savedPagesFromFilesFoldersAndStandardInput() throws {
        let folder = TemporaryDirectory()
        folder.write("pages/story.htm", Self.page)
        let db = folder.file("f.db")
        let fromFolder = try CLI.run(["ingest", folder.file("pages")], database: db)
        #expect(fromFolder.status == 0, "\(fromFolder.stderr)")
        #expect(fromFolder.stdout.contains("2 claims"))
        let sniffed = try CLI.run(["ingest", "-", "--db", folder.file("g.db")], input: Data(Self.page.utf8))
        #expect(sniffed.stdout.contains("Ferry fares to rise | Harbor Times — 2 claims"))
        let forced = try CLI.run(["ingest", "-", "--type", "html", "--db", folder.file("h.db")], input: Data(Self.page.dropFirst(15).utf8))
        #expect(forced.status == 0)
        let json = try CLI.run(["article", "1", "--format", "json", "--db", folder.file("h.db")])
        #expect(!json.stdout.contains("<p>"))
    }

    @Test func unknownArticleIsOneLine() throws {
        let folder = TemporaryDirectory()
        folder.write("a.txt", "The council spent 12 million dollars on 40 bridges in 2023.\n")
        _ = try CLI.run(["ingest", folder.file("a.txt")], database: folder.file("f.db"))
        let result = try CLI.run(["article", "99"], database: folder.file("f.db"))
        #expect(result.status == 65)
        #expect(result.errorLines.count == 1)
    }
}

@Suite struct FetchErrorMappingTests {
    @Test func curlErrorsBecomeOneLineFailures() {
        let address = "https://news.example/a"
        func failure(_ code: Int32) -> FetchError {
            PageFetcher.failure(forCurlCode: code, message: "libcurl's words", address: address, timeout: 30)
        }
        #expect(failure(6) == .hostNotFound(address))
        #expect(failure(7) == .cannotConnect(address))
        #expect(failure(60) == .tls(address))  // peer certificate not verified
        #expect(failure(35) == .tls(address))  // handshake failed
        #expect(failure(28) == .timedOut(address, seconds: 30))
        #expect(failure(47) == .tooManyRedirects(address, limit: PageFetcher.maxRedirects))
        #expect(failure(-1) == .failed(address, reason: "libcurl's words"))
        #expect(FetchError.hostNotFound(address).errorDescription!.contains("host name was not found (DNS)"))
        #expect(FetchError.tls(address).errorDescription!.contains("secure connection failed"))
        #expect(FetchError.httpStatus(address, code: 404).errorDescription!.contains("HTTP 404 (not found)"))
        #expect(FetchError.httpStatus(address, code: 599).errorDescription!.contains("HTTP 599 (server error)"))
    }

    /// A refused connection (nothing listens on port 1) is a typed failure, not a crash, with libcurl loaded on use.
    @Test func aRefusedConnectionIsTyped() {
        #expect(throws: FetchError.cannotConnect("http://127.0.0.1:1/")) {
            try PageFetcher(maxBytes: 1_000, timeout: 5).fetch("http://127.0.0.1:1/")
        }
    }

    /// Only http and https: libcurl would read file:// and other schemes, factcheck must not.
    @Test func otherSchemesAreRefused() {
        #expect(throws: FetchError.failed("file:///etc/passwd", reason: "not a valid http(s) address")) {
            try PageFetcher(maxBytes: 1_000).fetch("file:///etc/passwd")
        }
    }
}
