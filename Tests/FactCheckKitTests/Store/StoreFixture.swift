import Foundation
import TestSupport
@testable import FactCheckKit

/// A temporary database holding one article with `claims` claims (ids 1...claims), at a fixed time.
struct StoreFixture {
    let folder = TemporaryDirectory()
    let store: FactCheckStore

    init(claims: Int = 3) throws {
        store = try FactCheckStore(path: folder.file("factcheck.db"), clock: .fixed(Date(timeIntervalSince1970: 1_767_225_600)))
        let sentences = (1...claims).map { "Claim number \($0) says 4\($0) percent of bridges failed." }
        var offset = 0
        var extracted: [ExtractedClaim] = []
        for (index, sentence) in sentences.enumerated() {
            extracted.append(ExtractedClaim(
                text: sentence, position: index, startOffset: offset, endOffset: offset + sentence.utf8.count,
                kinds: [.percentage], score: 0.5
            ))
            offset += sentence.utf8.count + 1
        }
        let draft = ArticleDraft(
            metadata: ArticleMetadata(title: "Bridges"), body: sentences.joined(separator: " "), sourcePath: nil, claims: extracted
        )
        _ = try store.ingest(draft, editor: "ingest")
    }

    /// Every row of every table, as text, in a stable order: to prove a failed action changed nothing.
    func rows() throws -> [String] { try store.dumpRows() }
}
