import FactCheckBenchKit
import Foundation
import Testing
import TestSupport
import FactCheckKit

/// Bulk ingest commits in batches; what it prints and stores must not change.
@Suite struct IngestBatchTests {
    @Test func aFolderIsIngestedArticleByArticleAcrossBatches() throws {
        let folder = TemporaryDirectory()
        let corpus = folder.file("corpus")
        try CorpusGenerator(seed: 3).write(count: 3, to: corpus)
        folder.write("corpus/0000/empty.txt", "   \n")
        let db = folder.file("fc.db")
        let result = try CLI.run(["ingest", corpus], database: db)
        #expect(result.status == 65, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("article ") }.count == 3)
        #expect(lines.last?.hasPrefix("3 stored, 0 already ingested, 1 failed;") == true, "\(result.stdout)")
        #expect(result.errorLines.count == 2, "the empty file, then the summary: \(result.stderr)")
        // Not a terminal: no progress on standard error.
        #expect(!result.stderr.contains("ingested 1 of"))

        let again = try CLI.run(["ingest", corpus], database: db)
        #expect(again.stdout.contains("0 stored, 3 already ingested, 1 failed;"))
    }

    @Test func theWorklistFooterCapsItsCount() throws {
        let folder = TemporaryDirectory()
        let corpus = folder.file("corpus")
        try CorpusGenerator(seed: 4).write(count: 2, to: corpus)
        let db = folder.file("fc.db")
        _ = try CLI.run(["ingest", corpus], database: db)
        let result = try CLI.run(["claims", "--status", "unverified", "--limit", "3"], database: db)
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"3 of \d+ claims shown"#, options: .regularExpression) != nil, "\(result.stdout)")
    }
}
