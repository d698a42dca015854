import FactCheckBenchKit
import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// A body over `Ingestor.streamingBytes` is extracted and stored a run of claims at a time; what is stored must be
/// exactly what extracting it whole stores.
@Suite("streamed ingest")
struct StreamedIngestTests {
    /// Generated articles, a quote credited only at its end, a pull quote and an exact repeat: every way a later
    /// sentence changes or drops an earlier claim.
    static let body: String = {
        let generator = CorpusGenerator(seed: 11)
        let articles = (0..<6).map { ArticleParser.parse(generator.article($0)).body }
        return """
            Ana Ruiz directs the clinic.

            “We saw 400 patients in May. Most of them had waited a month,” said Ruiz.

            ‘We saw 400 patients in May’ — ANA RUIZ, clinic director

            \(articles.joined(separator: "\n\n"))

            The council spent $4 million on 12 bridges in 2023, the treasurer said.

            The council spent $4 million on 12 bridges in 2023, the treasurer said.
            """
    }()

    @Test("claims handed out a run at a time are the claims extracted whole", arguments: [1, 2, 5, 1_000])
    func runsAddUpToTheWhole(chunk: Int) {
        let extractor = ClaimExtractor()
        var runs: [[ExtractedClaim]] = []
        extractor.extract(from: Self.body, chunk: chunk) { (run: [ExtractedClaim]) throws(Never) in runs.append(run) }
        let whole = extractor.extract(from: Self.body)
        #expect(whole.count > 20)
        #expect(runs.flatMap { $0 } == whole)
        #expect(runs.dropLast().allSatisfy { $0.count >= chunk })
    }

    @Test("a streamed article is stored row for row as the same article extracted whole")
    func streamedStoresTheSameRows() throws {
        var dumps: [[String]] = []
        for streamingBytes in [Int.max, 0] {
            let folder = TemporaryDirectory()
            let store = try FactCheckStore(path: folder.file("streamed.db"), clock: .fixed(Date(timeIntervalSince1970: 1_767_225_600)))
            var ingestor = Ingestor(store: store, editor: "test")
            ingestor.streamingBytes = streamingBytes
            let result = try ingestor.ingest(.received(Data(("Harbour Gazette\n\n" + Self.body).utf8), name: "big"))
            guard case .ingested(_, let claims) = result.outcome else {
                Issue.record("not stored: \(result.outcome)")
                return
            }
            #expect(claims == ClaimExtractor().extract(from: Self.body).count)
            dumps.append(try store.dumpRows())
        }
        #expect(dumps[0] == dumps[1])
        #expect(dumps[0].count > 100)
    }
}
