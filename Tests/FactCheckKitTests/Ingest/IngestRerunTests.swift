import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Rerunning an ingest recognises stored articles by the digest of their body (and skips extracting them).
@Suite struct IngestRerunTests {
    @Test func aStoredBodyIsReportedAsAlreadyIngestedAndNothingIsAdded() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("a.txt", "The council spent $3 million on parks in 2022.\n")
        let store = try FactCheckStore(path: folder.file("x.db"))
        let ingestor = Ingestor(store: store, editor: "ann")
        guard case .ingested(let id, 1) = try ingestor.ingest(.file(path)).outcome else {
            Issue.record("expected one claim stored")
            return
        }
        #expect(try ingestor.ingest(.file(path)).outcome == .alreadyIngested(id))
        #expect(try store.history(of: ClaimID(1)).count == 1)
    }

    @Test func draftDigestFollowsTheBody() {
        var draft = ArticleDraft(metadata: ArticleMetadata(), body: "abc", sourcePath: nil, claims: [])
        #expect(draft.bodySHA256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        draft.body = ""
        #expect(draft.bodySHA256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
