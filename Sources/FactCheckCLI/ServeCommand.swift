import ArgumentParser
import FactCheckKit
import FactCheckServer
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the desk's web pages and JSON API over this database.",
        discussion: """
            Editors sign in with a token from 'factcheck editor add'. The same rules hold as on the command line, and \
            CLI users on the same database keep working while the server runs. Ctrl-C (SIGINT) or SIGTERM stops it \
            after the requests in flight finish. One access-log line per request goes to standard error. \
            Listening anywhere but loopback: put a reverse proxy that terminates TLS (nginx, Caddy) in front.
            """
    )

    @Option(help: ArgumentHelp("The address and port to listen on (HOST:PORT; [::1]:PORT for IPv6).", valueName: "host:port"))
    var listen: ListenAddress = ListenAddress(host: "127.0.0.1", port: 8080)

    @Option(help: ArgumentHelp(
        "How many reader connections serve pages and API reads side by side, 1 to 16 (default: one a core, 2 to 4).",
        valueName: "n"
    ))
    var readers: Int?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let readers, !(1...16).contains(readers) {
            throw ValidationError("--readers must be from 1 to 16, not \(readers)")
        }
    }

    func run() throws {
        let desk = try DeskDatabase(path: database.path, readers: readers ?? DeskDatabase.defaultReaders)
        let configuration = DeskServer.Configuration(host: listen.host, port: listen.port) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        let shown = listen.host.contains(":") ? "[\(listen.host)]" : listen.host
        let app = DeskServer.application(database: desk, configuration: configuration) {
            Console.out("factcheck: serving \(desk.path) on http://\(shown):\(listen.port)/ (Ctrl-C stops)")
            if !configuration.isLoopback {
                Console.warning("listening beyond this machine: tokens and cookies travel in clear; put a reverse proxy that terminates TLS (nginx, Caddy) in front")
            }
        }
        let outcome = BlockingTask.run { try await app.runService() }
        if case .failure(let error) = outcome { throw ServeError.cannotServe(shown, listen.port, "\(error)") }
    }
}

/// `--listen HOST:PORT`.
struct ListenAddress: ExpressibleByArgument {
    var host: String
    var port: Int

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    init?(argument: String) {
        guard let colon = argument.lastIndex(of: ":"), let port = Int(argument[argument.index(after: colon)...]),
              (1...65535).contains(port) else { return nil }
        var host = String(argument[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { return nil }
        self.host = host
        self.port = port
    }

    var defaultValueDescription: String { "\(host):\(port)" }
}

enum ServeError: FactCheckFailure {
    case cannotServe(String, Int, String)

    var errorDescription: String? {
        switch self {
        case .cannotServe(let host, let port, let reason):
            "cannot serve on \(host):\(port) (\(reason.prefix(200))); is another server using that port? Pass another --listen"
        }
    }

    var exitStatus: ExitStatus { .ioError }
}

/// Runs async work to the end from a synchronous command (ArgumentParser's root here is synchronous).
enum BlockingTask {
    static func run(_ body: @escaping @Sendable () async throws -> Void) -> Result<Void, any Error> {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Task {
            do { try await body(); box.result = .success(()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result
    }

    private final class ResultBox: @unchecked Sendable {
        // Written once by the task before it signals, read after the wait: the semaphore orders the two.
        var result: Result<Void, any Error> = .success(())
    }
}
