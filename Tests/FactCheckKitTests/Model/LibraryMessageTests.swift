import Testing
@testable import FactCheckKit

/// The library's messages name no command-line flag: the CLI words those (FailureWording), another front end its own way.
@Suite("library messages")
struct LibraryMessageTests {
    static let failures: [any FactCheckFailure] = [
        StoreError.folderMissing(path: "/x/db"), StoreError.noDatabase(path: "db"), StoreError.notADatabase(path: "db"),
        StoreError.cannotOpen(path: "db", reason: "r"), StoreError.newerSchema(path: "db", found: 9, supported: 3),
        StoreError.busy(path: "db"), StoreError.readOnly(path: "db"), StoreError.diskFull(path: "db"),
        StoreError.damaged(path: "db"), StoreError.ioFailure(path: "db", writing: true, reason: "r"),
        StoreError.claimNotFound(ClaimID(1)), StoreError.articleNotFound(ArticleID(1)), StoreError.evidenceNotFound(EvidenceID(1)),
        EditError.noSupportingCitation(ClaimID(2)), EditError.noCitation(ClaimID(2), verdict: .false), EditError.forceNeedsNote,
        EditError.emptyText(.reason), EditError.emptyText(.text),
        IngestError.tooLarge("a.txt", bytes: 10, limit: 5), IngestError.missingPath("a"), IngestError.emptyFile("a"),
        IngestError.binaryFile("a"), IngestError.noBody("a"), IngestError.nothingToIngest("a"),
        ReportError.invalidSince("monday"), ReportError.emptyEditor, ReportError.noVerdicts(selected: 2),
        SettingError.invalidURL(.organisationURL, "ftp://x"), SettingError.emptyValue(.organisationName),
        ReportError.noPublishedVerdicts, ReportError.publicIncludesUnpublished,
        PublicationError.ownVerdict(ClaimID(1), editor: "ann"), PublicationError.noVerdict(ClaimID(1), status: .unverified),
        PublicationError.notAwaitingReview(ClaimID(1), review: .notRequired, by: nil),
        PublicationError.notAwaitingReview(ClaimID(1), review: .approved, by: "bo"),
        PublicationError.alreadyPublic(ClaimID(1), since: "2026-01-02"),
        PublicationError.notApproved(ClaimID(1), review: .pending, status: .verified),
        PublicationError.notApproved(ClaimID(1), review: nil, status: .unverified),
        PublicationError.correctionNeeded(ClaimID(1), since: "2026-01-02"), PublicationError.notPublic(ClaimID(1)),
        PublicationError.publishedNeedsVerdict(ClaimID(1), status: .inReview),
        CarryError.sameClaim(ClaimID(1)), FetchError.tooLarge("https://x.example/", limit: 10),
    ]

    @Test("no message names a --flag", arguments: failures.indices)
    func noFlags(index: Int) {
        let message = Self.failures[index].errorDescription ?? ""
        #expect(!message.isEmpty)
        #expect(!message.contains("--"), "\(message)")
    }
}
