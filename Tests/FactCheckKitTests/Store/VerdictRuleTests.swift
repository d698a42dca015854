import Testing
@testable import FactCheckKit

@Suite struct VerdictRuleTests {
    let claim = ClaimID(1)

    @Test func verifiedNeedsASupportingCitation() throws {
        let fixture = try StoreFixture()
        let before = try fixture.rows()
        #expect(throws: EditError.noSupportingCitation(claim)) {
            try fixture.store.mark(claim, status: .verified, note: "looks right", editor: "ann")
        }
        #expect(try fixture.rows() == before, "a refused verdict changes nothing")
        _ = try fixture.store.cite(claim, evidence: NewEvidence(url: "https://example.org/r", stance: .refutes), editor: "ann")
        #expect(throws: EditError.noSupportingCitation(claim)) {
            try fixture.store.mark(claim, status: .verified, note: nil, editor: "ann")
        }
        _ = try fixture.store.cite(claim, evidence: NewEvidence(url: "https://example.org/s", stance: .supports), editor: "ann")
        let event = try fixture.store.mark(claim, status: .verified, note: nil, editor: "ann")
        #expect(event.to == "verified" && !event.forced)
    }

    @Test(arguments: [ClaimStatus.false, .misleading, .disputed])
    func negativeVerdictsNeedAnyCitation(status: ClaimStatus) throws {
        let fixture = try StoreFixture()
        #expect(throws: EditError.noCitation(claim, verdict: status)) {
            try fixture.store.mark(claim, status: status, note: nil, editor: "ann")
        }
        _ = try fixture.store.cite(claim, evidence: NewEvidence(url: "https://example.org/c", stance: .context), editor: "ann")
        #expect(try fixture.store.mark(claim, status: status, note: nil, editor: "ann").to == status.rawValue)
    }

    @Test(arguments: [ClaimStatus.unverified, .inReview, .unverifiable])
    func openStatusesNeedNoEvidence(status: ClaimStatus) throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.mark(claim, status: status, note: nil, editor: "ann").to == status.rawValue)
    }

    @Test func withdrawnCitationsDoNotCount() throws {
        let fixture = try StoreFixture()
        let evidence = try fixture.store.cite(claim, evidence: NewEvidence(url: "https://example.org/s"), editor: "ann")
        let withdrawal = try fixture.store.withdraw(evidence.id, reason: "retracted", editor: "bob")
        #expect(withdrawal.verdictNowUnsupported == nil)
        #expect(throws: EditError.noSupportingCitation(claim)) {
            try fixture.store.mark(claim, status: .verified, note: nil, editor: "ann")
        }
    }

    @Test func withdrawingTheLastSupportFlagsTheVerdict() throws {
        let fixture = try StoreFixture()
        let evidence = try fixture.store.cite(claim, evidence: NewEvidence(url: "https://example.org/s"), editor: "ann")
        _ = try fixture.store.mark(claim, status: .verified, note: nil, editor: "ann")
        #expect(try fixture.store.withdraw(evidence.id, reason: "dead link", editor: "bob").verdictNowUnsupported == .verified)
    }

    @Test func forceWithANoteOverridesAndIsRecorded() throws {
        let fixture = try StoreFixture()
        let event = try fixture.store.mark(claim, status: .false, note: "the minister retracted it on air", editor: "ann", force: true)
        #expect(event.forced)
        #expect(event.note == "the minister retracted it on air")
        #expect(try fixture.store.claim(claim).status == .false)
        #expect(HistoryText.describe(event).contains("forced"))
    }

    @Test func forceWithoutANoteIsRefused() throws {
        let fixture = try StoreFixture()
        let before = try fixture.rows()
        #expect(throws: EditError.forceNeedsNote) {
            try fixture.store.mark(claim, status: .false, note: "  ", editor: "ann", force: true)
        }
        #expect(try fixture.rows() == before)
    }

    @Test func forceIsOnlyRecordedWhenItWasNeeded() throws {
        let fixture = try StoreFixture()
        _ = try fixture.store.cite(claim, evidence: NewEvidence(url: "https://example.org/s"), editor: "ann")
        #expect(try !fixture.store.mark(claim, status: .verified, note: "fine", editor: "ann", force: true).forced)
    }

    @Test func errorMessagesSayWhatIsMissingAndWhatToDo() {
        // The library says what to do in plain words; the CLI names its options (EditorCommandTests pins those lines).
        #expect(EditError.noSupportingCitation(ClaimID(12)).errorDescription
            == "claim 12 has no supporting citation; cite one, or force the verdict with a note saying why")
        #expect(EditError.noCitation(ClaimID(12), verdict: .false).errorDescription!.contains("a false verdict needs one; cite one"))
    }
}
