import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// What `claims --format json --sort article` prints after ingesting a folder, byte for byte against a file in
/// `Golden/`, so a change that moves any extraction output says so. The clock is pinned, so `updated_at` is too.
/// After a deliberate change, regenerate with `FACTCHECK_UPDATE_GOLDEN=1 swift test --filter ExtractionGolden`
/// and read the diff before committing it; the commit says which cause it fixes.
@Suite struct ExtractionGoldenTests {
    static let folder = Paths.packageRoot.appendingPathComponent("Tests/FactCheckKitTests/Extraction/Golden")
    static let clock = Clock.fixed(Date(timeIntervalSince1970: 1_767_225_600))  // 2026-01-01T00:00:00Z

    /// Ingests every article under `articles` into a new database and renders every claim in reading order.
    static func claimsJSON(ingesting articles: URL) throws -> String {
        let directory = TemporaryDirectory()
        let store = try FactCheckStore(path: directory.file("golden.db"), clock: clock)
        let ingestor = Ingestor(store: store, editor: "golden")
        for source in try Ingestor.sources(for: [articles.path]) {
            _ = try ingestor.ingest(source)
        }
        return try ClaimList.json(try store.claims(ClaimFilter(sort: .article)))
    }

    static func compare(_ output: String, with file: String) throws {
        try GoldenFile.compare(output, with: folder.appendingPathComponent(file))
    }

    @Test func examplesMatchGoldenFile() throws {
        try Self.compare(Self.claimsJSON(ingesting: Paths.examples.appendingPathComponent("articles")), with: "examples-claims.json")
    }

    @Test func sharedCorpusMatchesGoldenFile() throws {
        guard let corpus = Paths.shared("corpus") else {
            print("skipped: ../shared/corpus is not beside the checkout, so the corpus golden file is not compared")
            return
        }
        try Self.compare(Self.claimsJSON(ingesting: corpus), with: "corpus-claims.json")
    }
}
