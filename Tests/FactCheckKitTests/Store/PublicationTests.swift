import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Review, publication and corrections in the store: the states a verdict passes through, and the schema's own guards.
@Suite struct PublicationTests {
    /// Claim 1 cited and given a `false` verdict by ann.
    static func verdict() throws -> StoreFixture {
        let fixture = try StoreFixture()
        _ = try fixture.store.cite(ClaimID(1), evidence: NewEvidence(url: "https://example.org/a", stance: .refutes), editor: "ann")
        _ = try fixture.store.mark(ClaimID(1), status: .false, note: "It was 1 in 8", editor: "ann")
        return fixture
    }

    @Test func aRejectedVerdictGoesBackToInReviewWithItsNoteKept() throws {
        let store = try Self.verdict().store
        #expect(try store.claim(ClaimID(1)).review == .pending)
        let event = try store.review(ClaimID(1), decision: .reject, note: "Which year?", editor: "bob")
        #expect(event.action == .reviewed && event.from == "false" && event.to == "rejected" && event.note == "Which year?")
        let claim = try store.claim(ClaimID(1))
        #expect(claim.status == .inReview && claim.verdictNote == "It was 1 in 8" && claim.review == .rejected)
        #expect(try store.verdictState(ClaimID(1))?.reviewNote == "Which year?")
        #expect(throws: PublicationError.noVerdict(ClaimID(1), status: .inReview)) {
            try store.review(ClaimID(1), decision: .approve, note: nil, editor: "bob")
        }
        // A new verdict waits for review again.
        _ = try store.mark(ClaimID(1), status: .false, note: "It was 1 in 8 in 2017", editor: "ann")
        #expect(try store.claim(ClaimID(1)).review == .pending)
    }

    @Test func reviewOffApprovesAsGivenAndOpenWorkHasNoReview() throws {
        let fixture = try StoreFixture()
        try fixture.store.setSetting(.reviewRequired, to: "no")
        #expect(try fixture.store.setting(.reviewRequired) == "false")
        _ = try fixture.store.mark(ClaimID(2), status: .unverifiable, note: nil, editor: "ann")
        #expect(try fixture.store.claim(ClaimID(2)).review == .notRequired)
        #expect(try fixture.store.publish([ClaimID(2)], editor: "ann") == [ClaimID(2)])
        _ = try fixture.store.mark(ClaimID(3), status: .inReview, note: nil, editor: "ann")
        #expect(try fixture.store.claim(ClaimID(3)).review == nil)
    }

    @Test func unpublishedThenPublishedAgainKeepsEveryCorrection() throws {
        let store = try Self.verdict().store
        _ = try store.review(ClaimID(1), decision: .approve, note: nil, editor: "bob")
        try store.publish([ClaimID(1)], editor: "desk")
        let withdrawn = try store.unpublish(ClaimID(1), correction: "Source retracted", editor: "desk")
        #expect(withdrawn.kind == .unpublished && withdrawn.newStatus == nil && withdrawn.publishedStatus == .false)
        #expect(try store.claim(ClaimID(1)).publishedAt == nil)
        #expect(throws: PublicationError.notPublic(ClaimID(1))) {
            try store.unpublish(ClaimID(1), correction: "again", editor: "desk")
        }
        _ = try store.mark(ClaimID(1), status: .false, note: "Confirmed by a second source", editor: "ann")
        _ = try store.review(ClaimID(1), decision: .approve, note: nil, editor: "bob")
        try store.publish([ClaimID(1)], editor: "desk")
        #expect(try store.claim(ClaimID(1)).publishedAt != nil)
        #expect(try store.corrections(claimID: ClaimID(1)).map(\.kind) == [.unpublished])
        #expect(try store.history(of: ClaimID(1)).map(\.action).filter { $0 == .published || $0 == .unpublished }
            == [.published, .unpublished, .published])
    }

    @Test func theSchemaKeepsCorrectionsAndPublicationDates() throws {
        let store = try Self.verdict().store
        _ = try store.review(ClaimID(1), decision: .approve, note: nil, editor: "bob")
        try store.publish([ClaimID(1)], editor: "desk")
        _ = try store.mark(ClaimID(1), status: .misleading, note: nil, editor: "ann", correction: "Only 2016")
        #expect(throws: StoreError.self) { try store.db.execute("UPDATE correction SET reason = 'quietly' WHERE id = 1") }
        #expect(throws: StoreError.self) { try store.db.execute("DELETE FROM correction") }
        #expect(throws: StoreError.self) { try store.db.execute("UPDATE verdict_state SET published_at = NULL") }
        #expect(throws: StoreError.self) { try store.db.execute("DELETE FROM verdict_state") }
        #expect(throws: StoreError.self) {
            try store.db.execute("INSERT INTO correction (claim_id, what, published_status, reason, editor, at) VALUES (1, 'verdict', 'false', '  ', 'x', 'y')")
        }
        #expect(try store.check().isHealthy)
    }
}
