/// Why a review, publication or correction was refused, with what to do instead. Nothing was changed when one is thrown.
public enum PublicationError: FactCheckFailure, Equatable {
    /// The editor who gave the verdict tried to approve it.
    case ownVerdict(ClaimID, editor: String)
    /// There is no verdict to review (the claim is open work).
    case noVerdict(ClaimID, status: ClaimStatus)
    /// The verdict was reviewed already, or needs no review.
    case notAwaitingReview(ClaimID, review: ReviewState, by: String?)
    case rejectNeedsNote
    /// The verdict is public already: changes to it go through a correction.
    case alreadyPublic(ClaimID, since: String)
    /// Publishing a verdict that has not been approved.
    case notApproved(ClaimID, review: ReviewState?, status: ClaimStatus)
    /// A published verdict was to be changed without saying why.
    case correctionNeeded(ClaimID, since: String)
    /// A correction was given for a claim that is not public.
    case notPublic(ClaimID)
    /// A published verdict was to be turned back into open work.
    case publishedNeedsVerdict(ClaimID, status: ClaimStatus)
    /// `publish --article` found nothing ready.
    case nothingToPublish(ArticleID, awaitingReview: [ClaimID])

    public var errorDescription: String? {
        switch self {
        case .ownVerdict(let id, let editor):
            "claim \(id)'s verdict was given by \(editor); a second editor must approve it (review.required is on; setting it to false turns review off for a one-person desk)"
        case .noVerdict(let id, let status):
            "claim \(id) is \(status.rawValue) and has no verdict to review; give it a verdict first"
        case .notAwaitingReview(let id, let review, let by):
            switch review {
            case .notRequired: "claim \(id)'s verdict needs no review (it was approved as given); it can be published"
            case .approved: "claim \(id)'s verdict was already approved\(by.map { " by \($0)" } ?? ""); it can be published"
            case .rejected, .pending: "claim \(id)'s verdict was already reviewed\(by.map { " by \($0)" } ?? ""); nothing was changed"
            }
        case .rejectNeedsNote:
            "a rejection needs a note saying what is wrong; it is kept in the history for the verdict's editor"
        case .alreadyPublic(let id, let since):
            "claim \(id) is already published (since \(since.prefix(10))); a change to it is a correction, saying what changes and why"
        case .notApproved(let id, let review, let status):
            switch review {
            case .pending: "claim \(id)'s \(status.rawValue) verdict waits for review; a second editor must approve it first"
            default: "claim \(id) has no approved verdict (it is \(status.rawValue)); give it a verdict and have it reviewed"
            }
        case .correctionNeeded(let id, let since):
            "claim \(id)'s verdict is published (since \(since.prefix(10))); say what changes and why in a correction, which goes into the public corrections log"
        case .notPublic(let id):
            "claim \(id) is not published, so there is nothing to correct; leave the correction out"
        case .publishedNeedsVerdict(let id, let status):
            "claim \(id) is published and cannot go back to \(status.rawValue); correct it to another verdict, or unpublish it with a correction saying why"
        case .nothingToPublish(let id, let waiting):
            waiting.isEmpty
                ? "article \(id) has no approved verdict that is not published already; nothing was published"
                : "article \(id) has no approved verdict to publish; \(waiting.count) wait\(waiting.count == 1 ? "s" : "") for review (claim\(waiting.count == 1 ? "" : "s") \(waiting.map(\.description).joined(separator: ", ")))"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .rejectNeedsNote: .usage
        default: .dataError
        }
    }
}
