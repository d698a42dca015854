import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

struct ServeLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-load",
        abstract: "Load-test 'factcheck serve': the worklist API page under read load, then editors writing during an ingest.",
        discussion: """
            Builds (or reuses with --db) a database of --claims claims, starts the real 'factcheck serve' on a free \
            loopback port and signs in with tokens from 'factcheck editor add'.

            Read: --connections keep-alive HTTP/1.1 clients ask for GET /api/claims?status=unverified&limit=50 for \
            --seconds (after 2 s of warm-up), --runs times; each run is paired with a baseline run of the same client \
            on a trivial route (GET /api/claims without a token: 401), to show the client is not the limit. Server time \
            is the server's Server-Timing header.

            Write: --editors simulated editors, each on claims of their own, cite then mark verified (If-Match from the \
            ETag) for --write-seconds while 'factcheck ingest' of --ingest-articles generated articles runs on the same \
            file (an ingest still running when the load ends is interrupted, as Ctrl-C would). Then every accepted write is looked for in the database and its history; any missing write or any \
            locked/busy refusal fails the command.
            """
    )

    enum Part: String, ExpressibleByArgument, CaseIterable {
        case all, read, write
    }

    @Option(help: ArgumentHelp("An existing database to load (default: build one in --work, or reuse the one built before).", valueName: "path"))
    var db: String?

    @Option(help: "Claims in the database built when --db is not given.")
    var claims: Int = 1_000_000

    @Option(help: "Which part to run: all, read or write.")
    var part: Part = .all

    @Option(help: "Concurrent keep-alive clients in the read load.")
    var connections: Int = 16

    @Option(help: "Seconds of each read run (after 2 s of warm-up).")
    var seconds: Double = 20

    @Option(help: "Read runs (each with its baseline run); medians are reported.")
    var runs: Int = 3

    @Option(help: "Simulated editors in the write load.")
    var editors: Int = 30

    @Option(help: "Seconds of the write load.")
    var writeSeconds: Double = 60

    @Option(help: "Generated articles for the CLI ingest beside the write load (interrupted if still running when the load ends).")
    var ingestArticles: Int = 400

    @OptionGroup var work: WorkOptions
    @OptionGroup var binary: BinaryOptions

    func validate() throws {
        guard claims > 0, connections > 0, seconds > 0, runs > 0, editors > 0, writeSeconds > 0, ingestArticles > 0 else {
            throw ValidationError("--claims, --connections, --seconds, --runs, --editors, --write-seconds and --ingest-articles must be positive")
        }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: work.work, withIntermediateDirectories: true)
        let path = try database()
        let bench = DeskLoadBenchmark(binary: binary.path, database: path, workFolder: work.work, seed: work.seed)
        let runTag = String(Int(Date().timeIntervalSince1970) % 1_000_000)
        let reader = try bench.addEditor("load-\(runTag)-reader", role: "checker")
        let server = try bench.startServer()
        defer { server.stop() }
        let count = try claimCount(path)
        Output.line("factcheck serve on 127.0.0.1:\(server.port), database \(path) (\(count) claims)")
        if part != .write { try readLoad(server: server, token: reader) }
        if part != .read { try writeLoad(bench: bench, server: server, runTag: runTag) }
    }

    private func database() throws -> String {
        if let db { return db }
        let path = "\(work.work)/serve-load-\(work.seed)-\(claims).db"
        let done = path + ".complete"
        if FileManager.default.fileExists(atPath: done) { return path }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        Output.progress("building \(path): \(claims) claims")
        let built = try LoadDatabase.build(path: path, claims: claims, seed: work.seed) { done, total in
            Output.fraction("claims", done, total)
        }
        _ = FileManager.default.createFile(atPath: done, contents: nil)
        Output.line("built \(path): \(built.articles) articles, \(built.claims) claims in \(Output.f(built.seconds, 1)) s")
        return path
    }

    private func claimCount(_ path: String) throws -> Int {
        try FactCheckStore(path: path, mode: .existing).countClaims(ClaimFilter())
    }

    private func readLoad(server: ServerProcess, token: String) throws {
        let page = "/api/claims?status=unverified&limit=50"
        var worklist: [ReadLoadResult] = [], baseline: [ReadLoadResult] = []
        for run in 1...runs {
            var load = ReadLoad(
                port: server.port, path: page, headers: [("Authorization", "Bearer \(token)")], connections: connections,
                seconds: seconds, serverProcess: server.processID
            )
            let measured = try load.run()
            worklist.append(measured)
            Output.line("read run \(run): " + describe(measured))
            load.path = "/api/claims"
            load.headers = []
            load.expectedStatus = 401
            let trivial = try load.run()
            baseline.append(trivial)
            Output.line("  baseline: " + describe(trivial))
        }
        Output.line("read, median of \(runs) runs, \(connections) connections, \(Output.f(seconds, 0)) s each:")
        Output.line("  GET \(page): " + medians(worklist))
        Output.line("  baseline GET /api/claims without a token (401): " + medians(baseline))
    }

    private func describe(_ result: ReadLoadResult) -> String {
        var text = "\(Output.f(result.requestsPerSecond, 0)) req/s, \(result.requests) in \(Output.f(result.seconds, 0)) s; "
            + "client p50 \(Output.f(result.latency.p50)) ms p99 \(Output.f(result.latency.p99)) ms; "
            + "server p50 \(Output.f(result.serverTime.p50)) ms p99 \(Output.f(result.serverTime.p99)) ms; "
            + "\(result.bytesPerResponse) bytes/response"
        if let server = result.serverCPU, let client = result.clientCPU, result.requests > 0 {
            text += "; CPU server \(Output.f(server, 1)) s (\(Output.f(server / Double(result.requests) * 1e6, 0)) µs/req), "
                + "client \(Output.f(client, 1)) s (\(Output.f(client / Double(result.requests) * 1e6, 0)) µs/req)"
        }
        if !result.unexpected.isEmpty {
            text += "; other statuses " + result.unexpected.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        }
        return text
    }

    private func medians(_ results: [ReadLoadResult]) -> String {
        "\(Output.f(median(results.map(\.requestsPerSecond)), 0)) req/s; client p50 \(Output.f(median(results.map(\.latency.p50)))) ms, "
            + "p99 \(Output.f(median(results.map(\.latency.p99)))) ms; server p50 \(Output.f(median(results.map(\.serverTime.p50)))) ms, "
            + "p99 \(Output.f(median(results.map(\.serverTime.p99)))) ms"
    }

    private func writeLoad(bench: DeskLoadBenchmark, server: ServerProcess, runTag: String) throws {
        let simulated = try bench.editors(editors, claimsEach: 2_000, runTag: runTag)
        let folder = try bench.ingestCorpus(articles: ingestArticles)
        Output.line("write: \(editors) editors for \(Output.f(writeSeconds, 0)) s while 'factcheck ingest' of \(ingestArticles) generated articles runs")
        let report = try bench.writeUnderIngest(
            WriteLoad(port: server.port, editors: simulated, seconds: writeSeconds), ingestFolder: folder
        )
        let load = report.load
        let cites = load.accepted.filter { $0.kind == .cite }.count
        Output.line("  accepted: \(load.accepted.count) writes (\(cites) citations, \(load.accepted.count - cites) verdicts) on "
            + "\(load.claimsDone) claims in \(Output.f(load.seconds, 1)) s = \(Output.f(Double(load.accepted.count) / load.seconds, 1)) writes/s")
        Output.line("  write latency: client p50 \(Output.f(load.latency.p50)) ms, p99 \(Output.f(load.latency.p99)) ms, max "
            + "\(Output.f(load.latency.max)) ms; server p50 \(Output.f(load.serverTime.p50)) ms, p99 \(Output.f(load.serverTime.p99)) ms")
        Output.line("  refused: " + (load.refused.isEmpty ? "none" : load.refused.sorted { $0.key < $1.key }
            .map { "\($0.key) × \($0.value.count) (\($0.value.message.prefix(120)))" }.joined(separator: "; ")))
        Output.line("  CLI ingest beside it: stored \(report.ingestClaims) claims in \(Output.f(report.ingestSeconds, 1)) s, "
            + (report.ingestInterrupted ? "still running when the load ended: interrupted (exit \(report.ingestStatus))" : "finished (exit \(report.ingestStatus))"))
        Output.line("  in the database and its history: \(load.accepted.count - report.missing.count) of \(load.accepted.count) accepted writes")
        for line in report.missing.prefix(20) { Output.line("    missing: \(line)") }
        if load.lockedOrBusy > 0 || !report.missing.isEmpty {
            throw LoadError.unexpected("\(load.lockedOrBusy) writes refused as locked or busy, \(report.missing.count) accepted writes missing")
        }
    }
}
