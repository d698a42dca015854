import Foundation

/// What one run of the `factcheck` binary did.
public struct CLIResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Standard error split into its non-empty lines.
    public var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the built `factcheck` binary as a user would.
public enum CLI {
    /// Runs `factcheck ARGS` with `--db` pointing at `database` (via FACTCHECK_DB), feeding `input` on standard input.
    public static func run(
        _ arguments: [String], database: String? = nil, input: Data? = nil, environment: [String: String] = [:],
        directory: String? = nil
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = Paths.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["FACTCHECK_EDITOR"] = "test-editor"
        env["SOURCE_DATE_EPOCH"] = "1767225600"  // 2026-01-01T00:00:00Z: stable report time stamps
        env["FACTCHECK_NOW"] = "1767225600"  // and the same for the times recorded in the database
        env["COLUMNS"] = "120"
        if let database { env["FACTCHECK_DB"] = database }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        // Read both pipes while the process runs, so a large output cannot fill a pipe and stall it.
        let stderrData = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            stderrData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let input { inp.fileHandleForWriting.write(input) }
        try? inp.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return CLIResult(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData.data, as: UTF8.self)
        )
    }
}

/// Holds what a background reader collected; read only after the reader has finished.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
