import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

/// `factcheck-bench claim-matching DIR`: the verified-claim retrieval sets (CLEF CheckThat!) through the same
/// import path as `factcheck import-reviews` and the same matcher as `factcheck match`.
struct ClaimMatchingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim-matching",
        abstract: "Measure the claim matcher on verified-claim retrieval sets: MAP@1, MAP@5, MRR, ms per query.",
        discussion: """
            DIR holds one folder per set, each with queries.jsonl ({"id", "text"}), vclaims.jsonl ({"id", "vclaim", \
            "title", ...}) and qrels.jsonl ({"qid", "docid"}); every such folder is measured (see \
            ../shared/eval/claimmatching/README.md). Each set's verified claims are imported as ClaimReviews into a \
            temporary database, then every query is ranked by the matcher. Nothing else is written.
            """
    )

    @Argument(help: ArgumentHelp("The folder of sets.", valueName: "dir"))
    var folder: String

    @Option(help: "Output format: table or json.")
    var format: EvalFormat = .table

    @Option(help: ArgumentHelp("Only the sets whose folder name contains this.", valueName: "name"))
    var only: String?

    @Option(help: ArgumentHelp("Tuning: the matcher's BM25 weight against its similarity (0 to 1).", valueName: "w"))
    var bm25Weight: Double?

    @Option(help: ArgumentHelp("Tuning: BM25 weight of a review's headline column.", valueName: "w"))
    var headlineWeight: Double?

    @Option(help: ArgumentHelp("Tuning: weight of a review's headline in the similarity.", valueName: "w"))
    var headlineSimilarity: Double?

    @Option(help: ArgumentHelp("Tuning: share of documents above which a word is left out of retrieval.", valueName: "share"))
    var commonTermShare: Double?

    @Option(help: ArgumentHelp("Tuning: how many of a query's rarest terms retrieval reads.", valueName: "n"))
    var retrievalTerms: Int?

    @Option(help: ArgumentHelp("Tuning: how many documents the terms retrieval reads may hold together.", valueName: "n"))
    var retrievalPostings: Int?

    @Option(help: ArgumentHelp("Tuning: how much being published close in time lifts a candidate.", valueName: "w"))
    var timeWeight: Double?

    @Option(help: ArgumentHelp("Tuning: days apart at which that lift falls to 1/e of its weight.", valueName: "days"))
    var timeScale: Double?

    @Flag(help: "Also print each query whose verified claim is not ranked first, with what was.")
    var misses = false

    var settings: ClaimMatcher.Settings {
        var settings = ClaimMatcher.Settings()
        if let bm25Weight { settings.bm25Weight = bm25Weight }
        if let headlineWeight { settings.headlineWeight = headlineWeight }
        if let headlineSimilarity { settings.headlineSimilarity = headlineSimilarity }
        if let commonTermShare { settings.commonTermShare = commonTermShare }
        if let retrievalTerms { settings.retrievalTerms = retrievalTerms }
        if let retrievalPostings { settings.retrievalPostings = retrievalPostings }
        if let timeWeight { settings.timeWeight = timeWeight }
        if let timeScale { settings.timeScaleDays = timeScale }
        return settings
    }

    enum EvalFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().filter { name in
            ["queries.jsonl", "vclaims.jsonl", "qrels.jsonl"].allSatisfy {
                FileManager.default.fileExists(atPath: root.appendingPathComponent(name).appendingPathComponent($0).path)
            } && (only.map { name.contains($0) } ?? true)
        }
        guard !names.isEmpty else { throw ValidationError("no set in \(folder): each needs queries.jsonl, vclaims.jsonl and qrels.jsonl") }
        var results: [String: ClaimMatchingScore] = [:]
        for name in names {
            let score = try ClaimMatchingSet(folder: root.appendingPathComponent(name), settings: settings, misses: misses).measure()
            results[name] = score
            if format == .table {
                print("\(name): \(score.queries) queries, MAP@1 \(Output.f(score.mapAt1, 3)), MAP@5 \(Output.f(score.mapAt5, 3)),"
                    + " MRR \(Output.f(score.mrr, 3)), \(Output.f(score.msPerQuery, 1)) ms/query")
            }
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(["sets": results]), as: UTF8.self))
        }
    }
}

struct ClaimMatchingScore: Encodable {
    var queries: Int
    var mapAt1: Double
    var mapAt5: Double
    var mrr: Double
    var msPerQuery: Double

    enum CodingKeys: String, CodingKey {
        case queries, mrr
        case mapAt1 = "map_at_1"
        case mapAt5 = "map_at_5"
        case msPerQuery = "ms_per_query"
    }
}

/// One set: its files read, its verified claims imported, its queries ranked and scored.
struct ClaimMatchingSet {
    let folder: URL
    let settings: ClaimMatcher.Settings
    var misses = false

    static let evalHost = "https://claim-matching.eval.invalid/"

    func measure() throws -> ClaimMatchingScore {
        let queries = try lines("queries.jsonl").map { ($0["id"] as? String ?? "\($0["id"] ?? "")", $0["text"] as? String ?? "") }
        var relevant: [String: Set<String>] = [:]
        for row in try lines("qrels.jsonl") {
            relevant[row["qid"] as? String ?? "\(row["qid"] ?? "")", default: []].insert(row["docid"] as? String ?? "\(row["docid"] ?? "")")
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("claim-matching-\(getpid())-\(folder.lastPathComponent).db")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
        }
        let store = try FactCheckStore(path: temporary.path, mode: .readWrite)
        let imported = try ReviewImport.run(try claimReviews(), source: folder.lastPathComponent, into: store, editor: "eval")
        if !imported.skipped.isEmpty { Output.progress("\(folder.lastPathComponent): \(imported.skipped.count) verified claims skipped") }
        var docIDs: [ReviewID: String] = [:]
        for review in try store.reviews() { docIDs[review.id] = String(review.url.dropFirst(Self.evalHost.count)).removingPercentEncoding }
        let matcher = ClaimMatcher(store: store, settings: settings)
        var map1 = 0.0, map5 = 0.0, mrr = 0.0, scored = 0
        let start = Stopwatch.now()
        for (id, text) in queries {
            guard let gold = relevant[id], !gold.isEmpty else { continue }
            scored += 1
            let ranking = try matcher.ranked(text, in: MatchScope(claims: true, reviews: true), published: Self.saidOn(id), limit: 30).compactMap { match -> String? in
                if case .review(let reviewID) = match.target { return docIDs[reviewID] }
                return nil
            }
            if misses, ranking.first.map(gold.contains) != true {
                print("  miss \(id) (right one at \(ranking.firstIndex(where: gold.contains).map { String($0 + 1) } ?? "-")): \(text.prefix(160))")
                print("    got \(ranking.first ?? "nothing"); wanted \(gold.sorted().joined(separator: ", "))")
            }
            map1 += Self.averagePrecision(ranking, gold, k: 1)
            map5 += Self.averagePrecision(ranking, gold, k: 5)
            if let first = ranking.firstIndex(where: gold.contains) { mrr += 1 / Double(first + 1) }
        }
        let elapsed = Stopwatch.now() - start
        let n = Double(max(scored, 1))
        return ClaimMatchingScore(queries: scored, mapAt1: map1 / n, mapAt5: map5 / n, mrr: mrr / n, msPerQuery: elapsed * 1000 / n)
    }

    /// Average precision at k over the relevant claims, as the lab's scorer counts it.
    static func averagePrecision(_ ranking: [String], _ gold: Set<String>, k: Int) -> Double {
        var hits = 0, sum = 0.0
        for (index, id) in ranking.prefix(k).enumerated() where gold.contains(id) {
            hits += 1
            sum += Double(hits) / Double(index + 1)
        }
        return sum / Double(gold.count)
    }

    /// The set's verified claims as a ClaimReview JSON-LD array, addressed by their ids.
    private func claimReviews() throws -> Data {
        let items: [[String: Any]] = try lines("vclaims.jsonl").map { row in
            let id = row["id"] as? String ?? "\(row["id"] ?? "")"
            var item: [String: Any] = [
                "@context": "https://schema.org", "@type": "ClaimReview",
                "url": Self.evalHost + (id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? id),
                "claimReviewed": row["vclaim"] as? String ?? "",
            ]
            var reviewed: [String: Any] = ["@type": "Claim"]
            if let title = row["title"] as? String { item["headline"] = title }
            // The fact-check's own date where the set gives one ("26 May 2015"); not when it is the claim's
            // ("stated on October 22, 2019 in a campaign mailer").
            if let date = (row["date"] as? String).flatMap(DateText.isoDate) { item["datePublished"] = date }
            if let date = (row["date"] as? String).flatMap(Self.statedOn) { reviewed["datePublished"] = date }
            if let speaker = row["speaker"] as? String { reviewed["author"] = ["@type": "Person", "name": speaker] }
            if let label = row["truth_label"] as? String { item["reviewRating"] = ["@type": "Rating", "alternateName": label] }
            if reviewed.count > 1 { item["itemReviewed"] = reviewed }
            return item
        }
        return try JSONSerialization.data(withJSONObject: items)
    }

    /// The date in "stated on October 22, 2019 in a campaign mailer", as ISO 8601: when the checked claim was made.
    static func statedOn(_ text: String) -> String? {
        guard let range = text.range(of: "stated on ") else { return nil }
        return DateText.isoDate(text[range.upperBound...].split(separator: " ").prefix(3).joined(separator: " "))
    }

    /// The date a query id gives, where the set names its queries by when they were said ("2019_oct_03_221":
    /// a debate of 3 October 2019), as ISO 8601.
    static func saidOn(_ id: String) -> String? {
        let parts = id.split(separator: "_")
        guard parts.count >= 3, parts[0].count == 4, parts[1].count == 3 else { return nil }
        return DateText.isoDate("\(parts[2]) \(parts[1]) \(parts[0])")
    }

    private func lines(_ name: String) throws -> [[String: Any]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return try text.split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
