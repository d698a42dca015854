import Testing
@testable import FactCheckKit

@Suite struct HistoryTests {
    let claim = ClaimID(1)

    @Test func everyChangeIsAnEventWithWhoWhenFromToAndWhy() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let evidence = try store.cite(claim, evidence: NewEvidence(url: "https://example.org/s", note: "p. 4"), editor: "ann")
        _ = try store.mark(claim, status: .verified, note: "matches the audit", editor: "ann")
        _ = try store.assign(claim, to: "bob", editor: "ann")
        _ = try store.withdraw(evidence.id, reason: "link is dead", editor: "bob")
        _ = try store.editText(claim, to: ClaimRevision(reading: "Corrected text."), note: "split wrongly", editor: "bob")
        _ = try store.assign(claim, to: nil, editor: "bob")
        let history = try store.claimHistory(claim)
        #expect(history.events.map(\.action) == [
            .extracted, .evidenceAdded, .status, .assigned, .evidenceWithdrawn, .textEdited, .status, .assigned,
        ])
        #expect(history.events.map(\.editor) == ["ingest", "ann", "ann", "ann", "bob", "bob", "bob", "bob"])
        #expect(history.events.allSatisfy { $0.at == "2026-01-01T00:00:00.000Z" })
        #expect(history.events[2].from == "unverified" && history.events[2].to == "verified" && history.events[2].note == "matches the audit")
        #expect(history.events[3].from == nil && history.events[3].to == "bob")
        #expect(history.events[4].from == "evidence \(evidence.id): supports https://example.org/s" && history.events[4].note == "link is dead")
        #expect(history.events[5].from!.hasPrefix("Claim number 1") && history.events[5].to == "Corrected text.")
        // The verdict was for the old text: the edit reset it, and says so.
        #expect(history.events[6].from == "verified" && history.events[6].to == "in-review")
        #expect(history.events[6].note?.contains("text edit") == true)
        #expect(history.events[7].from == "bob" && history.events[7].to == nil)
        #expect(history.status == .inReview)
        #expect(history.text == "Corrected text." && history.assignee == nil)
        #expect(try store.claims(ClaimFilter(search: "Corrected")).map(\.id) == [claim], "the search index follows text edits")
    }

    @Test func withdrawnEvidenceStaysInTheDatabase() throws {
        let fixture = try StoreFixture()
        let evidence = try fixture.store.cite(claim, evidence: NewEvidence(url: "https://example.org/s"), editor: "ann")
        _ = try fixture.store.withdraw(evidence.id, reason: "wrong claim", editor: "bob")
        #expect(try fixture.store.evidence(of: claim).isEmpty)
        #expect(try fixture.store.evidence(of: claim, includeWithdrawn: true).map(\.id) == [evidence.id])
        #expect(throws: EditError.alreadyWithdrawn(evidence.id, at: "2026-01-01T00:00:00.000Z")) {
            try fixture.store.withdraw(evidence.id, reason: "again", editor: "bob")
        }
        #expect(throws: StoreError.evidenceNotFound(EvidenceID(99))) {
            try fixture.store.withdraw(EvidenceID(99), reason: "x", editor: "bob")
        }
    }

    @Test func assigningTheSameEditorAgainRecordsNothing() throws {
        let fixture = try StoreFixture()
        _ = try fixture.store.assign(claim, to: "bob", editor: "ann")
        let before = try fixture.rows()
        #expect(try fixture.store.assign(claim, to: "bob", editor: "ann") == .unchanged(assignee: "bob"))
        #expect(try fixture.rows() == before)
        #expect(try fixture.store.claims(ClaimFilter(assignee: "bob")).map(\.id) == [claim])
    }

    @Test func theSchemaRefusesRewritingHistoryOrEvidence() throws {
        let fixture = try StoreFixture()
        let evidence = try fixture.store.cite(claim, evidence: NewEvidence(url: "https://example.org/s"), editor: "ann")
        let db = fixture.store.db
        for sql in [
            "UPDATE claim_event SET note = 'x'", "DELETE FROM claim_event", "DELETE FROM evidence",
            "UPDATE evidence SET url = 'https://evil.example/' WHERE id = \(evidence.id)",
            "UPDATE evidence SET withdrawn_at = 'now' WHERE id = \(evidence.id)",
        ] {
            #expect(throws: StoreError.self, "\(sql) must be refused") { try db.execute(sql) }
        }
        _ = try fixture.store.withdraw(evidence.id, reason: "dead", editor: "ann")
        #expect(throws: StoreError.self, "a withdrawal cannot be rewritten") {
            try db.execute("UPDATE evidence SET withdrawn_reason = 'other' WHERE id = \(evidence.id)")
        }
    }
}
