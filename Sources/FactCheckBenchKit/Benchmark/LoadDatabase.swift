import FactCheckKit
import Foundation

/// What building a load-test database stored.
public struct LoadDatabaseSummary: Sendable {
    public var articles: Int
    public var claims: Int
    public var seconds: Double
}

/// Builds a database of at least N claims for the server's load test, by the ingest path itself: generated articles
/// (`CorpusGenerator`) read, parsed and extracted on every core and stored by `Ingestor.ingest` in batches of 200, as
/// `factcheck ingest FOLDER` does. Two steps are left out, for speed only: the articles are handed over in memory
/// rather than written to files and read back, and new claims are not matched against the archive (matching at
/// ingest costs about 140 ms a claim at 100 k claims, see BENCHMARKS.md); what is stored is otherwise the same rows,
/// indexes, full-text entries and history.
public enum LoadDatabase {
    public static func build(
        path: String, claims target: Int, seed: UInt64, progress: ((Int, Int) -> Void)? = nil
    ) throws -> LoadDatabaseSummary {
        let start = Stopwatch.now()
        let store = try FactCheckStore(path: path, mode: .readWrite)
        var ingestor = Ingestor(store: store, editor: "bench")
        ingestor.matching = false
        let generator = CorpusGenerator(seed: seed)
        var claims = 0, articles = 0
        // Generated a chunk at a time, so memory stays bounded; the generator gives about 14 claims an article.
        let chunk = 2_000
        while claims < target {
            let remaining = max(IngestBatching.articlesPerCommit, (target - claims) / 12)
            let count = min(chunk, remaining)
            let sources = (articles..<(articles + count)).map { index in
                ArticleSource.received(Data(generator.article(index).utf8), name: "generated-\(index).txt")
            }
            try ingestor.ingest(sources) { results in
                for (_, result) in results {
                    if case .success(let ingested) = result, case .ingested(_, let count) = ingested.outcome { claims += count }
                }
            }
            articles += count
            progress?(claims, target)
        }
        return LoadDatabaseSummary(articles: articles, claims: claims, seconds: Stopwatch.now() - start)
    }
}
