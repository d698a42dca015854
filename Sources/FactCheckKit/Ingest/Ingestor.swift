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
    /// What matching the new claims against earlier claims and imported reviews found.
    public var matches = MatchSummary()
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
    /// Match each new claim against earlier claims and imported reviews, and store the matches (on by default).
    public var matching = true
    private let matcher: ClaimMatcher

    public init(store: FactCheckStore, editor: String, overrides: ArticleMetadata = ArticleMetadata(), maxBytes: Int = Ingestor.defaultMaxBytes) {
        self.store = store
        self.editor = editor
        self.overrides = overrides
        self.maxBytes = maxBytes
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
        var (draft, warnings) = try read(source, extracting: false)
        let title = draft.metadata.title ?? "Untitled"
        // A body already stored is not extracted again: rerunning an interrupted ingest pays only for what is missing.
        if let existing = try store.articleID(bodySHA256: draft.bodySHA256) {
            return IngestResult(source: source, title: title, outcome: .alreadyIngested(existing), warnings: warnings)
        }
        draft.claims = extractor.extract(from: draft.body)
        let outcome = try store.ingest(draft, editor: editor)
        var result = IngestResult(source: source, title: title, outcome: outcome, warnings: warnings)
        if matching, case .ingested(let id, let count) = outcome, count > 0 {
            result.matches = try ClaimTracking.refresh(try store.claimIDs(article: id), in: store, using: matcher)
        }
        return result
    }

    /// Ingests many articles, committing once per batch of `batchSize` (each article stays atomic on its own).
    /// After each commit, `stored` receives what happened to every article of the batch, in order: an
    /// `IngestResult`, or the `IngestError` that made the article be skipped. A `StoreError` stops the run and
    /// rolls back the batch in progress, whose articles were therefore never reported.
    public func ingest(
        _ sources: [ArticleSource], batchSize: Int = IngestBatching.articlesPerCommit,
        stored: ([(ArticleSource, Result<IngestResult, any Error>)]) throws -> Void
    ) throws {
        var start = sources.startIndex
        while start < sources.endIndex {
            let batch = sources[start..<min(sources.endIndex, start + max(1, batchSize))]
            let results = try store.batch {
                try batch.map { source throws -> (ArticleSource, Result<IngestResult, any Error>) in
                    do {
                        return (source, .success(try ingest(source)))
                    } catch let error as StoreError {
                        throw error
                    } catch {
                        return (source, .failure(error))
                    }
                }
            }
            try stored(results)
            start = batch.endIndex
        }
    }

    /// Reads one article and extracts its claims, without storing anything. Throws an `IngestError`.
    /// Split from `ingest` so benchmarks can time extraction and storage apart.
    public func prepare(_ source: ArticleSource) throws -> (draft: ArticleDraft, warnings: [String]) {
        try read(source, extracting: true)
    }

    /// Reads and parses one article into a draft, with its claims when `extracting`.
    private func read(_ source: ArticleSource, extracting: Bool) throws -> (draft: ArticleDraft, warnings: [String]) {
        let (text, warnings) = try read(source)
        let parsed = ArticleParser.parse(text)
        guard parsed.body.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw IngestError.noBody(source.displayName)
        }
        var metadata = parsed.metadata.overridden(by: overrides)
        if metadata.title == nil {
            metadata.title = fallbackTitle(source: source, body: parsed.body)
        }
        if let url = metadata.url {
            do { metadata.url = try InputValidation.url(url) } catch { metadata.url = nil }
        }
        let draft = ArticleDraft(
            metadata: metadata, body: parsed.body, sourcePath: source == .standardInput ? nil : source.displayName,
            claims: extracting ? extractor.extract(from: parsed.body) : []
        )
        return (draft, warnings)
    }

    private func read(_ source: ArticleSource) throws -> (String, [String]) {
        let data = try ArticleInput.read(source, limit: maxBytes)
        let name = source.displayName
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
