import FactCheckKit
import Hummingbird
import Logging

/// What the handlers share: the database behind its executor, the browser sessions and the sign-in limit.
struct Desk: Sendable {
    let database: DeskDatabase
    let sessions: SessionBook
    let limiter: SignInLimiter
}

/// The router, with a record of every route it serves (the OpenAPI test compares the two).
struct RouteTable {
    let router: Router<DeskContext>
    private(set) var served: [(method: HTTPRequest.Method, path: String)] = []

    init(router: Router<DeskContext>) { self.router = router }

    mutating func add(
        _ method: HTTPRequest.Method, _ path: String,
        _ handler: @escaping @Sendable (Request, DeskContext) async throws -> Response
    ) {
        router.on(RouterPath(path), method: method, use: handler)
        served.append((method, path))
    }
}

/// `factcheck serve`: the browser workbench and the JSON API over one database.
public enum DeskServer {
    /// Where to listen and where the access log goes.
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        public var log: @Sendable (String) -> Void
        /// Failed sign-ins allowed per minute before every sign-in waits.
        public var signInFailuresPerMinute: Int

        public init(host: String = "127.0.0.1", port: Int = 8080, signInFailuresPerMinute: Int = 20, log: @escaping @Sendable (String) -> Void) {
            self.host = host
            self.port = port
            self.signInFailuresPerMinute = signInFailuresPerMinute
            self.log = log
        }

        /// True for addresses only this machine can reach.
        public var isLoopback: Bool {
            host == "localhost" || host == "::1" || host.hasPrefix("127.")
        }
    }

    /// The application: router, middleware and listening address. `runService()` serves until SIGINT or SIGTERM,
    /// then stops accepting, lets requests in flight finish, and returns.
    public static func application(
        database: DeskDatabase, configuration: Configuration, onServerRunning: @escaping @Sendable () async -> Void = {}
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "factcheck.serve")
        logger.logLevel = .warning
        return Application(
            router: routes(database: database, configuration: configuration).router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "factcheck"),
            onServerRunning: { _ in await onServerRunning() },
            logger: logger
        )
    }

    /// Every route, behind the front door.
    static func routes(database: DeskDatabase, configuration: Configuration) -> RouteTable {
        let desk = Desk(
            database: database, sessions: SessionBook(),
            limiter: SignInLimiter(failuresPerWindow: configuration.signInFailuresPerMinute)
        )
        let router = Router(context: DeskContext.self)
        router.add(middleware: FrontDoor(database: database, sessions: desk.sessions, limiter: desk.limiter, log: configuration.log))
        var table = RouteTable(router: router)
        APIRoutes(desk: desk).register(on: &table)
        PageRoutes(desk: desk).register(on: &table)
        return table
    }
}
