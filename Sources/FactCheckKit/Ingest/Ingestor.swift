import Foundation

/// Where an article comes from.
public enum ArticleSource: Equatable, Sendable {
    case file(String)
    case standardInput
    /// An http(s) address, fetched when read.
    case url(String)
    /// A body received whole, not from a file (the server's `POST /api/articles`); `name` stands for it in messages.
    case received(Data, name: String)

    public var displayName: String {
        switch self {
        case .file(let path), .url(let path): path
        case .standardInput: "-"
        case .received(_, let name): name
        }
    }

    /// The file or address the article was read from, recorded as its source path; nil for standard input and bodies
    /// received whole.
    var sourcePath: String? {
        switch self {
        case .file(let path), .url(let path): path
        case .standardInput, .received: nil
        }
    }
}

/// What ingesting one article did, for the command to report.
public struct IngestResult: Equatable, Sendable {
    public var source: ArticleSource
    public var title: String
    public var outcome: IngestOutcome
    public var warnings: [IngestWarning]
    /// What matching the new claims against earlier claims and imported reviews found.
    public var matches = MatchSummary()
}

/// Reads articles from files, folders or standard input, extracts their claims and stores each in one transaction.
public struct Ingestor {
    public static let defaultMaxBytes = 64 * 1024 * 1024
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    public var store: FactCheckStore
    public var extractor = ClaimExtractor()
    public var editor: String
    public var overrides: ArticleMetadata
    public var maxBytes: Int
    /// Match each new claim against earlier claims and imported reviews, and store the matches (on by default).
    public var matching = true
    /// An article with more claims than this is stored but not matched at ingest, with a warning: each of its
    /// claims would be scored against all the others (a 50 MB article has 790,000). `match --refresh --article ID`
    /// matches it when wanted.
    public var matchingClaimLimit = 5_000
    /// A body longer than this many bytes is extracted while it is stored, a run of claims at a time, inside its
    /// transaction: its sentences and claims never all sit in memory (a 50 MB article has 790,000 claims). Shorter
    /// bodies are extracted before the transaction, on `extractionThreads` threads.
    public var streamingBytes = 8 << 20
    /// Claims stored at a time from a streamed body.
    static let streamedClaimsPerRun = 1_000
    private let matcher: ClaimMatcher
    /// Threads that read and extract a batch's articles at once: every core by default; 1 reads them in turn.
    public var extractionThreads = ProcessInfo.processInfo.activeProcessorCount
    /// How to read the articles; nil recognises each by its name and first bytes.
    public var format: ArticleFormat?
    /// Seconds a fetched page may go without progress.
    public var fetchTimeout = PageFetcher.defaultTimeout

    /// Reads and parses articles as this ingest is set up to, on any thread.
    private var reader: ArticleReader {
        ArticleReader(overrides: overrides, maxBytes: maxBytes, format: format, fetchTimeout: fetchTimeout)
    }

    public init(
        store: FactCheckStore, editor: String, overrides: ArticleMetadata = ArticleMetadata(),
        maxBytes: Int = Ingestor.defaultMaxBytes, format: ArticleFormat? = nil
    ) {
        self.store = store
        self.editor = editor
        self.overrides = overrides
        self.maxBytes = maxBytes
        self.format = format
        self.matcher = ClaimMatcher(store: store)
    }

    /// Every article the paths name, in a stable order: files as given, folders searched recursively.
    /// Fails before anything is stored when a path is missing or a folder holds no articles.
    public static func sources(for paths: [String]) throws(IngestError) -> [ArticleSource] {
        var result: [ArticleSource] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                result.append(.standardInput)
                continue
            }
            if path.lowercased().hasPrefix("http://") || path.lowercased().hasPrefix("https://") {
                result.append(.url(path))
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missingPath(path) }
            guard isDirectory.boolValue else {
                result.append(.file(path))
                continue
            }
            let found = articleFiles(under: path)
            if found.isEmpty { throw .nothingToIngest(path) }
            result += found.map(ArticleSource.file)
        }
        return result
    }

    private static func articleFiles(under folder: String) -> [String] {
        // A folder named through a symbolic link is searched where the link points: enumerated as the link itself,
        // it held no files at all, and 'ingest ~/desk' with ~/desk a link said the folder had no articles.
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator where articleExtensions.contains(url.pathExtension.lowercased()) {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = url.path.hasPrefix(root.path) ? String(url.path.dropFirst(root.path.count)) : "/" + url.lastPathComponent
                paths.append(folder.hasSuffix("/") ? folder + relative.dropFirst() : folder + relative)
            }
        }
        return paths.sorted()
    }

    /// Reads, extracts and stores one article. Throws an `IngestError` or a `StoreError`.
    public func ingest(_ source: ArticleSource) throws -> IngestResult {
        try insert(prepare([source], lookup: store))[0].1.get()
    }

    /// Ingests many articles, committing once per batch of `batchSize` (each article stays atomic on its own).
    /// After each commit, `stored` receives what happened to every article of the batch, in order: an
    /// `IngestResult`, or the `IngestError` that made the article be skipped. A `StoreError` stops the run and
    /// rolls back the batch in progress, whose articles were therefore never reported.
    ///
    /// Files are read and their claims extracted before the write transaction, on `extractionThreads` threads
    /// (the extractor is a pure function): the write lock is held only to insert, so a slow read (standard input
    /// on a terminal, a 20 MB article) never keeps other editors waiting. With more than one thread, the next
    /// batch is read and extracted while this one is inserted.
    public func ingest(
        _ sources: [ArticleSource], batchSize: Int = IngestBatching.articlesPerCommit,
        stored: ([(ArticleSource, Result<IngestResult, any Error>)]) throws -> Void
    ) throws {
        let batches = Self.batches(sources, size: batchSize)
        guard extractionThreads > 1, batches.count > 1,
              let lookup = try? FactCheckStore(path: store.path, mode: .existing, clock: store.clock, busyTimeout: store.busyTimeout) else {
            for batch in batches { try stored(try insert(prepare(batch, lookup: store))) }
            return
        }
        // The prefetch asks its own connection which bodies are stored; only it uses that connection.
        let prefetchStore = UncheckedBox(lookup)
        let (reader, extractor, threads, streamingBytes) = (reader, extractor, extractionThreads, streamingBytes)
        let prefetch = { @Sendable (batch: [ArticleSource]) in
            Pending {
                Self.prepare(
                    batch, reader: reader, extractor: extractor, threads: threads, streamingBytes: streamingBytes,
                    lookup: prefetchStore.value
                )
            }
        }
        var next = prefetch(batches[0])
        for index in batches.indices {
            let prepared = next.wait()
            let following = index + 1 < batches.count ? prefetch(batches[index + 1]) : nil
            // Never leave a prefetch running past a failure: it uses the lookup connection.
            defer { _ = following?.wait() }
            try stored(try insert(prepared))
            if let following { next = following }
        }
    }

    /// The articles of one batch, read and extracted, with the ids of bodies already stored.
    struct PreparedBatch: Sendable {
        var sources: [ArticleSource]
        var drafts: [Result<(draft: ArticleDraft, warnings: [IngestWarning]), any Error>]
        var existing: [ArticleID?]
        /// Bodies left to extract while they are stored (longer than `streamingBytes`).
        var streamed: [Bool]
    }

    /// Consecutive batches of at most `size` articles; a batch also ends once its files reach `bytesPerBatch`,
    /// as its texts are all in memory at once.
    static func batches(_ sources: [ArticleSource], size: Int) -> [[ArticleSource]] {
        var batches: [[ArticleSource]] = []
        var start = sources.startIndex
        while start < sources.endIndex {
            var end = start, bytes = 0
            while end < min(sources.endIndex, start + max(1, size)), end == start || bytes < IngestBatching.bytesPerBatch {
                if case .file(let path) = sources[end] {
                    bytes += (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
                }
                end += 1
            }
            batches.append(Array(sources[start..<end]))
            start = end
        }
        return batches
    }

    /// Reads and parses a batch in parallel, asks `lookup` which bodies are stored, and extracts the rest in
    /// parallel. No write, no lock: a body found new here is checked again inside the insert's transaction.
    private func prepare(_ batch: [ArticleSource], lookup: FactCheckStore) -> PreparedBatch {
        Self.prepare(
            batch, reader: reader, extractor: extractor,
            threads: extractionThreads, streamingBytes: streamingBytes, lookup: lookup
        )
    }

    private static func prepare(
        _ batch: [ArticleSource], reader: ArticleReader, extractor: ClaimExtractor, threads: Int, streamingBytes: Int,
        lookup: FactCheckStore
    ) -> PreparedBatch {
        var drafts = Parallel.map(batch, threads: threads) { source in
            Result { try reader.read(source) }
        }
        // A body already stored is not extracted again: rerunning an interrupted ingest pays only for what is missing.
        let existing: [ArticleID?] = drafts.map { draft in
            (try? draft.get()).flatMap { try? lookup.articleID(bodySHA256: $0.draft.bodySHA256) } ?? nil
        }
        let streamed = drafts.indices.map { index in
            existing[index] == nil && ((try? drafts[index].get())?.draft.body.utf8.count ?? 0) > streamingBytes
        }
        let articles: [(body: String, title: String?)?] = drafts.indices.map {
            guard existing[$0] == nil, !streamed[$0], let draft = (try? drafts[$0].get())?.draft else { return nil }
            return (draft.body, draft.metadata.title)
        }
        let claims = Parallel.map(articles, threads: threads) { article in
            article.map { extractor.extract(from: $0.body, title: $0.title) } ?? []
        }
        for index in drafts.indices {
            if case .success(var read) = drafts[index] {
                read.draft.claims = claims[index]
                drafts[index] = .success(read)
            }
        }
        return PreparedBatch(sources: batch, drafts: drafts, existing: existing, streamed: streamed)
    }

    /// Inserts a prepared batch in one transaction, then matches its new claims. Matching reads the whole archive
    /// (143 ms a claim at 100 k claims, BENCHMARKS.md), so it runs after the commit, outside the write lock, each
    /// article's matches stored in a short transaction of their own: editors and the server keep writing meanwhile.
    /// If the run stops in between, the articles are stored and `factcheck match --refresh` finds their matches.
    private func insert(_ batch: PreparedBatch) throws -> [(ArticleSource, Result<IngestResult, any Error>)] {
        var results = try store.batch(memory: batch.streamed.contains(true) ? .lean : .ample) {
            try batch.sources.indices.map { index throws -> (ArticleSource, Result<IngestResult, any Error>) in
                let source = batch.sources[index]
                switch batch.drafts[index] {
                case .failure(let error):
                    return (source, .failure(error))
                case .success(let read):
                    let title = read.draft.metadata.title ?? "Untitled"
                    let outcome = try batch.existing[index].map { .alreadyIngested($0) }
                        ?? (batch.streamed[index] ? streamedIngest(read.draft) : store.ingest(read.draft, editor: editor))
                    return (source, .success(IngestResult(source: source, title: title, outcome: outcome, warnings: read.warnings)))
                }
            }
        }
        guard matching else { return results }
        for index in results.indices {
            guard case .success(var result) = results[index].1, case .ingested(let id, let count) = result.outcome, count > 0 else { continue }
            guard count <= matchingClaimLimit else {
                result.warnings.append(.notMatched(source: results[index].0.displayName, article: id, claims: count))
                results[index].1 = .success(result)
                continue
            }
            result.matches = try ClaimTracking.refresh(try store.claimIDs(article: id), in: store, using: matcher)
            results[index].1 = .success(result)
        }
        return results
    }

    /// Stores a body too long to hold all its claims in memory, extracting them run by run inside its transaction.
    private func streamedIngest(_ draft: ArticleDraft) throws(StoreError) -> IngestOutcome {
        try store.ingest(draft, editor: editor) { (store) throws(StoreError) in
            try extractor.extract(from: draft.body, title: draft.metadata.title, chunk: Self.streamedClaimsPerRun, emit: store)
        }
    }

    /// Reads one article and extracts its claims, without storing anything. Throws an `IngestError`.
    /// Split from `ingest` so benchmarks can time extraction and storage apart.
    public func prepare(_ source: ArticleSource) throws -> (draft: ArticleDraft, warnings: [IngestWarning]) {
        var read = try reader.read(source)
        read.draft.claims = extractor.extract(from: read.draft.body, title: read.draft.metadata.title)
        return read
    }
}
