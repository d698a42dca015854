import FactCheckKit
import Foundation

/// The write part's whole outcome: the editors' load, the CLI ingest that ran beside it, and what the database holds.
public struct DeskWriteReport: Sendable {
    public var load: WriteLoadResult
    /// From the ingest's start to its exit.
    public var ingestSeconds: Double
    public var ingestStatus: Int32
    /// Whether the ingest was still running when the load ended, and was stopped with SIGINT (as Ctrl-C would).
    public var ingestInterrupted: Bool
    /// Claims the ingest stored (committed batches), counted in the database.
    public var ingestClaims: Int
    /// Accepted writes not found in the database or its history (empty when every one is there).
    public var missing: [String]
}

/// The server's load test (issue 13, part 8) against the real `factcheck serve` binary: the read load on the worklist
/// API page, and simulated editors writing while a `factcheck ingest` runs on the same file.
public struct DeskLoadBenchmark {
    public var binary: String
    public var database: String
    public var workFolder: String
    public var seed: UInt64

    public init(binary: String, database: String, workFolder: String, seed: UInt64) {
        self.binary = binary
        self.database = database
        self.workFolder = workFolder
        self.seed = seed
    }

    /// The server, started on a free port, access log in the work folder.
    public func startServer() throws -> ServerProcess {
        try ServerProcess(binary: binary, database: database, logPath: workFolder + "/serve-load-access.log")
    }

    /// An editor added through the CLI, with a name unique to this run (the database may be reused).
    public func addEditor(_ name: String, role: String = "editor") throws -> String {
        try CLIRun.addEditor(binary, database: database, name: name, role: role)
    }

    /// `editors` simulated editors, each with `claimsEach` unverified claims of their own, signed in by CLI tokens.
    public func editors(_ count: Int, claimsEach: Int, runTag: String) throws -> [LoadEditor] {
        let store = try FactCheckStore(path: database, mode: .existing)
        let open = try store.claims(ClaimFilter(statuses: [.unverified], sort: .article, limit: count * claimsEach)).map(\.id.rawValue)
        guard open.count >= count else { throw LoadError.unexpected("only \(open.count) unverified claims in \(database)") }
        return try (0..<count).map { index in
            let name = "load-\(runTag)-\(index + 1)"
            let mine = stride(from: index, to: open.count, by: count).map { open[$0] }
            return LoadEditor(name: name, token: try addEditor(name), claims: mine)
        }
    }

    /// Writes `articles` generated articles for the CLI ingest (another seed than the database's, so none is stored).
    public func ingestCorpus(articles: Int) throws -> String {
        let folder = "\(workFolder)/serve-load-ingest-\(seed &+ 1)-\(articles)"
        try? FileManager.default.removeItem(atPath: folder)
        _ = try CorpusGenerator(seed: seed &+ 1).write(count: articles, to: folder)
        return folder
    }

    /// Runs `load` while `factcheck ingest FOLDER` runs on the same database, then checks every accepted write.
    /// An ingest still running when the load ends is interrupted (it keeps the batches it committed).
    public func writeUnderIngest(_ load: WriteLoad, ingestFolder: String) throws -> DeskWriteReport {
        let claimsBefore = try FactCheckStore(path: database, mode: .existing).countClaims(ClaimFilter())
        let ingest = Process()
        ingest.executableURL = URL(fileURLWithPath: binary)
        ingest.arguments = ["ingest", ingestFolder, "--db", database, "--editor", "ingest-bench"]
        ingest.standardOutput = FileHandle.nullDevice
        // Standard error to a file: a pipe nobody reads during the load could fill and stall the ingest.
        let errorPath = workFolder + "/serve-load-ingest.err"
        FileManager.default.createFile(atPath: errorPath, contents: nil)
        ingest.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        let ended = Box<Double>(0)
        ingest.terminationHandler = { _ in ended.value = Stopwatch.now() }
        let ingestStart = Stopwatch.now()
        try ingest.run()
        let result = try load.run()
        let interrupted = ingest.isRunning
        if interrupted { ingest.interrupt() }
        ingest.waitUntilExit()
        while ended.value == 0 { usleep(1_000) }  // the handler runs just after the exit is seen
        let ingestSeconds = ended.value - ingestStart
        guard ingest.terminationStatus == 0 || interrupted else {
            let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw LoadError.unexpected("the CLI ingest beside the load failed (\(ingest.terminationStatus)): \(errorText.prefix(300))")
        }
        let store = try FactCheckStore(path: database, mode: .existing)
        return DeskWriteReport(
            load: result, ingestSeconds: ingestSeconds, ingestStatus: ingest.terminationStatus, ingestInterrupted: interrupted,
            ingestClaims: try store.countClaims(ClaimFilter()) - claimsBefore, missing: try WriteLoad.missing(result.accepted, in: store)
        )
    }
}
