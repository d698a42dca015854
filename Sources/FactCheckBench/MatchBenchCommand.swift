import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

/// `factcheck-bench match`: what claim matching costs at ingest, and `factcheck match` as a whole process.
struct MatchBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Time claim matching at ingest (ms per claim) and 'factcheck match' as a process, on a generated archive.",
        discussion: """
            Ingests the generated corpus of --articles articles without matching, imports --reviews ClaimReviews \
            (made from stored claims with a word changed) through the import path, then matches the claims of the \
            last --sample articles as ingest does (ClaimTracking.refresh) and times it per claim; then times \
            'factcheck match TEXT' as a process against 'factcheck --version'.
            """
    )

    @Option(help: "Articles in the archive (about 14 claims each).")
    var articles: Int = 7_000

    @Option(help: "ClaimReviews to import.")
    var reviews: Int = 20_000

    @Option(help: "Articles whose claims are matched and timed.")
    var sample: Int = 50

    @Option(help: "Runs per process figure; medians are reported.")
    var runs: Int = 7

    @Option(help: ArgumentHelp("How many documents the terms retrieval reads may hold together (default: the matcher's).", valueName: "n"))
    var retrievalPostings: Int?

    @Flag(help: "Rank the stored claims with FTS5's own bm25() instead of the matcher's ranking function.")
    var fts5BM25 = false

    @Flag(help: "Read the stored claims' candidates with a query of claim_fts instead of the matching index (to compare).")
    var fts5Retrieval = false

    @Flag(help: "Reuse the archive a previous run left in --work, if there is one (building it takes minutes).")
    var keep = false

    @OptionGroup var work: WorkOptions
    @OptionGroup var binary: BinaryOptions

    func run() throws {
        let corpus = try work.corpus(articles: articles)
        let path = "\(work.work)/match-\(work.seed)-\(articles)-\(reviews).db"
        let reuse = keep && FileManager.default.fileExists(atPath: path)
        if reuse {
            let store = try FactCheckStore(path: path, mode: .existing)
            print("archive: reused \(path), \(try store.countClaims(ClaimFilter())) claims, \(try store.reviewCount()) reviews")
            try time(store, path: path)
            return
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try FactCheckStore(path: path)
        var ingestor = Ingestor(store: store, editor: "bench")
        ingestor.matching = false
        let sources = try Ingestor.sources(for: [corpus])
        let ingest = try Stopwatch.time { try ingestor.ingest(sources) { _ in } }
        let claims = try store.countClaims(ClaimFilter())
        print("archive: \(sources.count) articles, \(claims) claims, ingested without matching in \(Output.f(ingest.seconds, 1)) s")

        var drafts: [ReviewDraft] = []
        var index = 0
        try store.forEachClaim(ClaimFilter(sort: .article, limit: reviews)) { claim in
            index += 1
            // A word changed, so reviews are near, not equal, to stored claims.
            let text = claim.text.replacingOccurrences(of: " the ", with: " a ")
            drafts.append(ReviewDraft(url: "https://bench.invalid/review/\(index)", claimReviewed: text,
                                      rating: ReviewRating(name: "False", value: 1, best: 5, worst: 1, explanation: nil), json: "{}"))
        }
        let imported = try Stopwatch.time { try store.importReviews(drafts, editor: "bench") }
        print("reviews: \(imported.value.added) imported in \(Output.f(imported.seconds, 2)) s")
        try time(store, path: path)
    }

    /// Matches the claims of the last --sample articles as ingest does, then times 'factcheck match' as a process.
    private func time(_ store: FactCheckStore, path: String) throws {
        // The archive was stored without matching, so the matching index is owed its claims: caught up here, timed
        // apart, as the first match after a bulk load would.
        let caughtUp = try Stopwatch.time { try store.catchUpMatchingIndex() }
        if caughtUp.seconds > 0.001 { print("matching index caught up with the archive in \(Output.f(caughtUp.seconds, 2)) s") }
        let lastArticles = try store.articleSummaries().suffix(sample).map(\.id)
        var ids: [ClaimID] = []
        for article in lastArticles { ids += try store.claimIDs(article: article) }
        var settings = ClaimMatcher.Settings()
        if let retrievalPostings { settings.retrievalPostings = retrievalPostings }
        settings.fts5BM25 = fts5BM25
        settings.postings = !fts5Retrieval
        let matcher = ClaimMatcher(store: store, settings: settings)
        let timed = try Stopwatch.time { try ClaimTracking.refresh(ids, in: store, using: matcher) }
        print("matching at ingest: \(ids.count) claims of \(lastArticles.count) articles in \(Output.f(timed.seconds * 1000, 1)) ms,"
            + " \(Output.f(timed.seconds * 1000 / Double(max(1, ids.count)), 3)) ms per claim"
            + " (\(timed.value.checkedBefore) checked before, \(timed.value.changed) changed)")

        let text = try store.claim(ids[ids.count / 2]).text
        let startup = median(try (0..<runs).map { _ in try ChildProcess.run(binary.path, ["--version"]).seconds })
        let process = median(try (0..<runs).map { _ in try ChildProcess.run(binary.path, ["match", text, "--db", path]).seconds })
        print("factcheck match (a stored claim's text): \(Output.f(process * 1000, 1)) ms as a process"
            + " (start-up \(Output.f(startup * 1000, 1)) ms), median of \(runs)")
    }
}
