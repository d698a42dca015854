import Foundation
import TestSupport
@testable import FactCheckKit

/// A database made through the binary: the two example articles ingested.
struct ExampleDatabase {
    let folder = TemporaryDirectory()
    var path: String { folder.file("factcheck.db") }

    init() throws {
        let result = try CLI.run(["ingest", Paths.examples.appendingPathComponent("articles").path], database: path)
        precondition(result.status == 0, "example ingest failed: \(result.stderr)")
    }

    /// A copy of another example database (its WAL too, when one is left), so tests can share a state built once.
    init(copying other: ExampleDatabase) throws {
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: other.path + suffix) {
            try FileManager.default.copyItem(atPath: other.path + suffix, toPath: path + suffix)
        }
    }

    /// Every row of every table, to prove a command changed nothing.
    func rows() throws -> [String] { try FactCheckStore(path: path, mode: .existing).dumpRows() }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        try CLI.run(arguments, database: path, environment: environment)
    }
}

/// Writes `count` distinct articles, each with a few check-worthy sentences, into `folder/articles`.
func writeArticles(_ count: Int, in folder: TemporaryDirectory, sentencesEach: Int = 6) -> String {
    for n in 0..<count {
        var body = "Desk report \(n)\n\n"
        for s in 0..<sentencesEach {
            body += "The council spent \(n * 7 + s + 3) million dollars on \(s + 12) bridges in \(1990 + (n + s) % 30), "
                + "according to the city auditor. "
        }
        folder.write(String(format: "articles/article-%04d.txt", n), body + "\n")
    }
    return folder.file("articles")
}

/// A `factcheck` (or shell) process started in the background, its output going to files, not pipes,
/// so many can run at once without reader threads.
final class BackgroundProcess {
    let process = Process()
    let stdoutPath: String
    let stderrPath: String

    init(executable: URL, arguments: [String], environment: [String: String], outputPrefix: String, directory: String? = nil) throws {
        stdoutPath = outputPrefix + ".out"
        stderrPath = outputPrefix + ".err"
        FileManager.default.createFile(atPath: stdoutPath, contents: nil)
        FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["FACTCHECK_EDITOR"] = "test-editor"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
        process.standardError = FileHandle(forWritingAtPath: stderrPath)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// A shell script, run with `sh -c`, with `$FACTCHECK` naming the built binary.
    convenience init(script: String, environment: [String: String], outputPrefix: String) throws {
        var env = environment
        env["FACTCHECK"] = Paths.binary.path
        try self.init(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script], environment: env, outputPrefix: outputPrefix)
    }

    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
}

/// How long `body` took, in seconds.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = Date()
    try body()
    return Date().timeIntervalSince(start)
}

extension ExampleDatabase {
    /// Runs `script` with `sh -c`, `$FACTCHECK` naming the binary and FACTCHECK_DB this database, so a test can
    /// redirect or close the binary's standard streams; returns its status, standard output and error lines.
    func shell(_ script: String, name: String = "run") throws -> (status: Int32, stdout: String, errors: [String]) {
        let process = try BackgroundProcess(script: script, environment: ["FACTCHECK_DB": path], outputPrefix: folder.file(name))
        let status = process.wait()
        return (status, process.stdout, process.stderr.split(separator: "\n").map(String.init))
    }
}
