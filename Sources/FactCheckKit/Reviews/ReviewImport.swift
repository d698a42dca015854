import Foundation

/// What `import-reviews` did: the reviews stored and the items skipped, each with why.
public struct ReviewImportResult: Sendable {
    public var outcome: ReviewImportOutcome
    public var skipped: [SkippedReview]
}

/// The one import path for published fact-checks: read the JSON-LD, store every readable ClaimReview in one
/// transaction, report the others. `factcheck import-reviews` and the claim-matching evaluation both use it.
public enum ReviewImport {
    public static func run(
        _ data: Data, source: String, into store: FactCheckStore, editor: String
    ) throws -> ReviewImportResult {
        let batch = try ClaimReviewReader.read(data, source: source)
        let outcome = batch.reviews.isEmpty ? ReviewImportOutcome() : try store.importReviews(batch.reviews, editor: editor)
        return ReviewImportResult(outcome: outcome, skipped: batch.skipped)
    }
}
