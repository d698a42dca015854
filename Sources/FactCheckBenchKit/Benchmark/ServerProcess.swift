import FactCheckKit
import Foundation

/// The real `factcheck serve`, started as a child process on a free loopback port for a load test, its access
/// log (standard error) kept in a file. `stop()` sends SIGINT, as Ctrl-C would, and waits for it to finish.
public final class ServerProcess {
    public let port: Int
    public let logPath: String
    private let process = Process()

    /// Starts `factcheck serve` on `database` and waits (up to `timeout` seconds) until it accepts connections.
    public init(binary: String, database: String, logPath: String, timeout: Double = 60) throws {
        port = try HTTPConnection.freePort()
        self.logPath = logPath
        FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--listen", "127.0.0.1:\(port)", "--db", database]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Stopwatch.now() + timeout
        while !HTTPConnection.isListening(port: port) {
            guard process.isRunning else { throw LoadError.server("exited with status \(process.terminationStatus); see \(logPath)") }
            guard Stopwatch.now() < deadline else {
                process.terminate()
                throw LoadError.server("not listening on port \(port) after \(Int(timeout)) s; see \(logPath)")
            }
            usleep(50_000)
        }
    }

    /// The process id, for profiling it from outside (`perf record -p`).
    public var processID: Int32 { process.processIdentifier }

    /// Stops the server as Ctrl-C does and returns its exit status.
    @discardableResult
    public func stop() -> Int32 {
        if process.isRunning { process.interrupt() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Milliseconds of each access-log line so far (`... 200 1.3ms name`), for requests whose path starts with `prefix`.
    public func loggedMilliseconds(pathPrefix prefix: String) -> [Double] {
        guard let text = try? String(contentsOfFile: logPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count >= 5, fields[2].hasPrefix(prefix), fields[4].hasSuffix("ms") else { return nil }
            return Double(fields[4].dropLast(2))
        }
    }
}

/// `factcheck` commands run to set up a load test, with their standard output.
public enum CLIRun {
    /// Runs `binary arguments` and returns its standard output; a non-zero exit is an error with its standard error.
    public static func output(_ binary: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw LoadError.unexpected("factcheck \(arguments.prefix(2).joined(separator: " ")) failed (\(process.terminationStatus)): "
                + String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A new editor's token: `factcheck editor add NAME --role ROLE | tail -n 1`, as a desk's script would do.
    public static func addEditor(_ binary: String, database: String, name: String, role: String) throws -> String {
        let out = try output(binary, ["editor", "add", name, "--role", role, "--db", database, "--editor", "bench"])
        guard let token = out.split(separator: "\n").last.map(String.init), !token.isEmpty else {
            throw LoadError.unexpected("factcheck editor add printed no token")
        }
        return token
    }
}
