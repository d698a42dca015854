import Foundation

/// Where an article comes from.
public enum ArticleSource: Equatable, Sendable {
    case file(String)
    case standardInput

    public var displayName: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        }
    }
}

/// What ingesting one article did, for the command to report.
public struct IngestResult: Equatable, Sendable {
    public var source: ArticleSource
    public var title: String
    public var outcome: IngestOutcome
    public var warnings: [String]
}

/// Reads articles from files, folders or standard input, extracts their claims and stores each in one transaction.
public struct Ingestor {
    public static let defaultMaxBytes = 64 * 1024 * 1024
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    public var store: FactCheckStore
    public var extractor = ClaimExtractor()
    public var editor: String
    public var overrides: ArticleMetadata
    public var maxBytes: Int
    /// Threads that read and extract a batch's articles at once: every core by default; 1 reads them in turn.
    public var extractionThreads = ProcessInfo.processInfo.activeProcessorCount

    public init(store: FactCheckStore, editor: String, overrides: ArticleMetadata = ArticleMetadata(), maxBytes: Int = Ingestor.defaultMaxBytes) {
        self.store = store
        self.editor = editor
        self.overrides = overrides
        self.maxBytes = maxBytes
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
        let root = URL(fileURLWithPath: folder)
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
        let results = try ingestBatch([source])
        return try results[0].1.get()
    }

    /// Ingests many articles, committing once per batch of `batchSize` (each article stays atomic on its own).
    /// After each commit, `stored` receives what happened to every article of the batch, in order: an
    /// `IngestResult`, or the `IngestError` that made the article be skipped. A `StoreError` stops the run and
    /// rolls back the batch in progress, whose articles were therefore never reported.
    ///
    /// Files are read and their claims extracted before the write transaction, on `extractionThreads` threads
    /// (the extractor is a pure function): the write lock is held only to insert, so a slow read (standard input
    /// on a terminal, a 20 MB article) never keeps other editors waiting.
    public func ingest(
        _ sources: [ArticleSource], batchSize: Int = IngestBatching.articlesPerCommit,
        stored: ([(ArticleSource, Result<IngestResult, any Error>)]) throws -> Void
    ) throws {
        var start = sources.startIndex
        while start < sources.endIndex {
            let batch = Array(sources[start..<min(sources.endIndex, start + max(1, batchSize))])
            try stored(try ingestBatch(batch))
            start += batch.count
        }
    }

    /// One batch: read and parse in parallel, skip bodies already stored, extract the rest in parallel, then
    /// insert them all in one transaction.
    private func ingestBatch(_ batch: [ArticleSource]) throws -> [(ArticleSource, Result<IngestResult, any Error>)] {
        let reader = ArticleReader(overrides: overrides, maxBytes: maxBytes, extractor: extractor)
        var drafts = Self.inParallel(batch, threads: extractionThreads) { source in
            Result { try reader.read(source) }
        }
        // A body already stored is not extracted again: rerunning an interrupted ingest pays only for what is missing.
        var existing: [ArticleID?] = []
        for draft in drafts {
            existing.append(try (try? draft.get()).flatMap { try store.articleID(bodySHA256: $0.draft.bodySHA256) })
        }
        let bodies: [String?] = drafts.indices.map { existing[$0] == nil ? (try? drafts[$0].get())?.draft.body : nil }
        let claims = Self.inParallel(bodies, threads: extractionThreads) { body in
            body.map(reader.extractor.extract) ?? []
        }
        for index in drafts.indices {
            if case .success(var read) = drafts[index] {
                read.draft.claims = claims[index]
                drafts[index] = .success(read)
            }
        }
        return try store.batch {
            try batch.indices.map { index throws -> (ArticleSource, Result<IngestResult, any Error>) in
                let source = batch[index]
                switch drafts[index] {
                case .failure(let error):
                    return (source, .failure(error))
                case .success(let read):
                    let title = read.draft.metadata.title ?? "Untitled"
                    let outcome = try existing[index].map { .alreadyIngested($0) } ?? store.ingest(read.draft, editor: editor)
                    return (source, .success(IngestResult(source: source, title: title, outcome: outcome, warnings: read.warnings)))
                }
            }
        }
    }

    /// `work` applied to every element on up to `threads` threads, results in order.
    static func inParallel<Element: Sendable, Value: Sendable>(
        _ elements: [Element], threads: Int, _ work: @Sendable (Element) -> Value
    ) -> [Value] {
        guard threads > 1, elements.count > 1 else { return elements.map(work) }
        let results = ParallelResults<Value>(count: elements.count)
        let chunks = min(threads, elements.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            // Interleaved, so long and short articles spread across the threads.
            for index in stride(from: chunk, to: elements.count, by: chunks) { results.set(index, work(elements[index])) }
        }
        return results.values()
    }

    /// Reads one article and extracts its claims, without storing anything. Throws an `IngestError`.
    /// Split from `ingest` so benchmarks can time extraction and storage apart.
    public func prepare(_ source: ArticleSource) throws -> (draft: ArticleDraft, warnings: [String]) {
        let reader = ArticleReader(overrides: overrides, maxBytes: maxBytes, extractor: extractor)
        var read = try reader.read(source)
        read.draft.claims = extractor.extract(from: read.draft.body)
        return read
    }
}

/// Slots filled from several threads, each index by exactly one, read after all have finished.
private final class ParallelResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] { slots.map { $0! } }
}

/// Reads and parses articles into drafts: no store, so it runs on any thread.
struct ArticleReader: Sendable {
    var overrides: ArticleMetadata
    var maxBytes: Int
    var extractor: ClaimExtractor

    /// Reads and parses one article into a draft, without its claims. Throws an `IngestError`.
    func read(_ source: ArticleSource) throws -> (draft: ArticleDraft, warnings: [String]) {
        var (text, warnings) = try readText(source)
        let parsed = ArticleParser.parse(text)
        text = ""
        guard parsed.body.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw IngestError.noBody(source.displayName)
        }
        var metadata = parsed.metadata.overridden(by: overrides)
        if let unread = parsed.unreadDate, overrides.published == nil {
            warnings.append("\(source.displayName): the date '\(unread.prefix(40))' is not a calendar date (YYYY-MM-DD); it was not stored")
        }
        if metadata.title == nil {
            metadata.title = fallbackTitle(source: source, body: parsed.body)
        }
        if let url = metadata.url {
            do { metadata.url = try InputValidation.url(url) } catch { metadata.url = nil }
        }
        let draft = ArticleDraft(
            metadata: metadata, body: parsed.body, sourcePath: source == .standardInput ? nil : source.displayName, claims: []
        )
        return (draft, warnings)
    }

    private func readText(_ source: ArticleSource) throws -> (String, [String]) {
        let data: Data
        switch source {
        case .standardInput:
            data = FileHandle.standardInput.readDataToEndOfFile()
        case .file(let path):
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
                throw IngestError.tooLarge(path, bytes: size, limit: maxBytes)
            }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw IngestError.unreadable(path, reason: "permission denied or not a regular file")
            }
        }
        let name = source.displayName
        if data.count > maxBytes { throw IngestError.tooLarge(name, bytes: data.count, limit: maxBytes) }
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw IngestError.emptyFile(name)
        }
        if data.contains(0) { throw IngestError.binaryFile(name) }
        if let text = String(data: data, encoding: .utf8) { return (text, []) }
        let repaired = String(decoding: data, as: UTF8.self)
        return (repaired, ["\(name): invalid UTF-8 replaced with U+FFFD"])
    }

    /// The first line of the body, shortened, or the file name.
    private func fallbackTitle(source: ArticleSource, body: String) -> String {
        if case .file(let path) = source {
            return URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        }
        let firstLine = body.prefix { $0 != "\n" }
        return firstLine.count > 80 ? String(firstLine.prefix(77)) + "..." : String(firstLine)
    }
}
