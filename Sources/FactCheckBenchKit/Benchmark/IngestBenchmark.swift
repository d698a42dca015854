import FactCheckKit
import Foundation

/// Wall-clock and CPU seconds of one timed part of a benchmark.
public struct Span: Sendable {
    public var wall = 0.0
    public var cpu = 0.0

    public init() {}

    /// Adds the time `body` takes.
    mutating func measure<T>(_ body: () throws -> T) rethrows -> T {
        let (wall0, cpu0) = (Stopwatch.now(), Stopwatch.cpu())
        let value = try body()
        wall += Stopwatch.now() - wall0
        cpu += Stopwatch.cpu() - cpu0
        return value
    }

    static func - (lhs: Span, rhs: Span) -> Span {
        var span = Span()
        span.wall = lhs.wall - rhs.wall
        span.cpu = lhs.cpu - rhs.cpu
        return span
    }

    static func + (lhs: Span, rhs: Span) -> Span {
        var span = Span()
        span.wall = lhs.wall + rhs.wall
        span.cpu = lhs.cpu + rhs.cpu
        return span
    }
}

/// One run of the ingest benchmark: the floor and factcheck's own ingest over the same corpus.
public struct IngestMeasurement: Sendable {
    public var articles: Int
    public var bytes: Int
    public var claims: Int
    public var quantities: Int
    /// Writing the rows through the C API in one transaction (`FloorWriter`), commit included.
    public var floor: Span
    /// Reading, parsing and extracting, as measured during factcheck's ingest.
    public var extract: Span
    /// Storing the drafts through `FactCheckStore.ingest` (and matching, when asked for), commits included.
    public var store: Span

    /// `factcheck ingest FOLDER`'s own path (`Ingestor.ingest`), into another fresh file: each batch read and extracted
    /// on every core while the one before is stored. `cpu` is the whole process's, every thread.
    public var pipelined: Span

    /// factcheck's whole ingest: read, parse, extract, store, one after the other.
    public var ingest: Span { extract + store }
}

/// Times factcheck's ingest against the SQLite floor on the same corpus, in the same run.
public struct IngestBenchmark {
    public var corpus: String
    public var workFolder: String
    public var editor = "bench"
    /// Articles per commit, as `factcheck ingest` batches them (1: one commit per article).
    public var batchSize = IngestBatching.articlesPerCommit
    /// Match each new claim against the stored claims and reviews, as `factcheck ingest` does unless told not to.
    /// Off by default: the benchmark measures the store against the floor, and matching is timed on its own.
    public var matching = false
    /// Called as the work advances with (phase, done, total), for progress on a terminal.
    public var progress: ((String, Int, Int) -> Void)?

    public init(corpus: String, workFolder: String) {
        self.corpus = corpus
        self.workFolder = workFolder
    }

    /// Runs the floor, then factcheck's ingest, each into a fresh file. Leaves the ingested database at `databasePath`.
    public func run(databasePath: String) throws -> IngestMeasurement {
        let sources = try Ingestor.sources(for: [corpus])
        var bytes = 0
        for case .file(let path) in sources {
            bytes += (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        }
        let floorPath = workFolder + "/floor.db"
        Self.remove(floorPath)
        Self.remove(databasePath)
        let store = try FactCheckStore(path: databasePath, mode: .readWrite)
        let ingestor = Ingestor(store: store, editor: editor)
        let step = max(1, sources.count / 100)

        // The floor: the same rows, extracted beforehand (untimed), written in one transaction.
        let writer = try FloorWriter(path: floorPath, editor: editor, timestamp: store.clock.timestamp())
        var floor = Span()
        var claims = 0, quantities = 0
        for (index, source) in sources.enumerated() {
            let draft = try ingestor.prepare(source).draft
            claims += draft.claims.count
            quantities += draft.claims.reduce(0) { $0 + $1.quantities.count }
            try floor.measure { try writer.insert(draft) }
            if index % step == 0 { progress?("floor", index, sources.count) }
        }
        try floor.measure { try writer.commit() }
        Self.remove(floorPath)

        // factcheck: what `factcheck ingest FOLDER` does (Ingestor.ingest(_:stored:)): each batch read and extracted
        // first, then stored in one transaction; the two halves timed apart.
        let matcher = ClaimMatcher(store: store)
        var extract = Span(), storing = Span()
        var start = 0
        while start < sources.count {
            let batch = sources[start..<min(sources.count, start + batchSize)]
            let drafts = try extract.measure { try batch.map { try ingestor.prepare($0).draft } }
            try storing.measure { try storeBatch(drafts, in: store, matcher: matcher) }
            start = batch.endIndex
            progress?("ingest", start, sources.count)
        }
        // The same folder as `factcheck ingest FOLDER` takes it: extraction of the next batch beside the writer.
        let pipelinedPath = databasePath + ".pipelined"
        Self.remove(pipelinedPath)
        var pipelined = Span()
        do {
            var folderIngestor = Ingestor(store: try FactCheckStore(path: pipelinedPath, mode: .readWrite), editor: editor)
            folderIngestor.matching = matching
            let (wall0, cpu0) = (Stopwatch.now(), Stopwatch.processCPU())
            try folderIngestor.ingest(sources, batchSize: batchSize) { _ in }
            pipelined.wall = Stopwatch.now() - wall0
            pipelined.cpu = Stopwatch.processCPU() - cpu0
        }
        Self.remove(pipelinedPath)
        progress?("pipelined", sources.count, sources.count)
        return IngestMeasurement(
            articles: sources.count, bytes: bytes, claims: claims, quantities: quantities, floor: floor,
            extract: extract, store: storing, pipelined: pipelined
        )
    }

    /// One batch through the store, as `Ingestor` stores it: one transaction, each article deduplicated and, with
    /// `matching`, its new claims matched against stored claims and reviews. A release build inlines it, and a
    /// callgrind glob on its closure also matches the closure's thunk, which toggles collection off again: to count
    /// the store alone, toggle on `FactCheckStore.batch` (BENCHMARKS.md, issue 14).
    func storeBatch(_ drafts: [ArticleDraft], in store: FactCheckStore, matcher: ClaimMatcher) throws {
        try store.batch {
            for draft in drafts {
                let outcome = try store.ingest(draft, editor: editor)
                if matching, case .ingested(let id, let count) = outcome, count > 0 {
                    try ClaimTracking.refresh(try store.claimIDs(article: id), in: store, using: matcher)
                }
            }
        }
    }

    static func remove(_ database: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }
}
