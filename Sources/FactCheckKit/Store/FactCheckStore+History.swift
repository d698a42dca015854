import Foundation

extension FactCheckStore {
    /// A claim's current state and its whole history, oldest first, read in one snapshot.
    public func claimHistory(_ claimID: ClaimID) throws(StoreError) -> ClaimHistory {
        try read { () throws(StoreError) in
            let claim = try claim(claimID)
            return ClaimHistory(
                claimID: claimID, text: claim.text, status: claim.status, assignee: claim.assignee,
                events: try history(of: claimID)
            )
        }
    }

    /// Marks a citation withdrawn with the editor's reason, and records it in the claim's history, in one transaction.
    /// The citation row stays: it only stops counting as evidence. A citation of a published verdict goes only with a
    /// `correction`, recorded in the public corrections log. Throws `EditError`, `PublicationError` or `StoreError`.
    public func withdraw(_ evidenceID: EvidenceID, reason: String, editor: String, correction: String? = nil) throws -> Withdrawal {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw EditError.emptyText(.reason) }
        if let correction, correction.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw EditError.emptyText(.correction)
        }
        return try change {
            let row = try db.statement("SELECT claim_id, stance, url, withdrawn_at FROM evidence WHERE id = ?")
            try row.bind(.integer(evidenceID.rawValue))
            defer { row.reset() }
            guard try row.step() else { throw StoreError.evidenceNotFound(evidenceID) }
            let claimID = ClaimID(row.int64(0))
            let described = "evidence \(evidenceID): \(row.text(1)) \(row.text(2))"
            if let at = row.optionalText(3) { throw EditError.alreadyWithdrawn(evidenceID, at: at) }
            row.reset()
            let now = clock.timestamp()
            try db.statement("""
                UPDATE evidence SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? WHERE id = ?
                """).bind(.text(now), .text(editor), .text(reason), .integer(evidenceID.rawValue)).run()
            try touch(claimID, at: now)
            try appendEvent(
                claimID: claimID, action: .evidenceWithdrawn, editor: editor, at: now, from: described, to: nil, note: reason
            )
            let event = try history(of: claimID).last!
            try recordEvidenceWithdrawal(evidenceID, of: claimID, correction: correction, editor: editor, at: now)
            let status = try claim(claimID).status
            let unsupported = try missingEvidence(for: claimID, status: status) == nil ? nil : status
            return Withdrawal(
                evidenceID: evidenceID, claimID: claimID, event: event,
                verdictNowUnsupported: unsupported
            )
        }
    }

    /// Gives a claim to an editor (or releases it with nil), recorded in its history, in one transaction.
    public func assign(_ claimID: ClaimID, to assignee: String?, editor: String, note: String? = nil) throws(StoreError) -> AssignmentOutcome {
        let assignee = assignee.flatMap { name in
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        return try write { () throws(StoreError) in
            let before = try claim(claimID)
            guard before.assignee != assignee else { return .unchanged(assignee: assignee) }
            let now = clock.timestamp()
            try db.statement("UPDATE claim SET assignee = ?, updated_at = ? WHERE id = ?")
                .bind(assignee.sqlValue, .text(now), .integer(claimID.rawValue)).run()
            try appendEvent(
                claimID: claimID, action: .assigned, editor: editor, at: now, from: before.assignee, to: assignee, note: note
            )
            return .assigned(try history(of: claimID).last!)
        }
    }

    /// Corrects a claim's text (a bad sentence split, a typo in the source), keeping the old text in the history,
    /// and replaces its kinds and quantities with those read from the new text (`ClaimRevision`), in one transaction.
    /// A verdict was given for the old text: it is reset to `in-review`, recorded as a consequence of the edit,
    /// unless `keepVerdict` (which needs a note saying why it still holds). Throws `EditError` or `StoreError`.
    public func editText(
        _ claimID: ClaimID, to revision: ClaimRevision, note: String?, editor: String, keepVerdict: Bool = false
    ) throws -> TextEdit {
        let text = revision.text
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw EditError.emptyText(.text) }
        let note = note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        if keepVerdict, note == nil { throw EditError.keepVerdictNeedsNote }
        return try change {
            let before = try claim(claimID)
            let resets = before.status.isVerdict && !keepVerdict && before.text != text
            let state = try verdictState(claimID)
            // Readers see a published verdict: taking it back is an 'unpublish' with its public reason, not an edit.
            if resets, let state, state.isPublic, let since = state.publishedAt {
                throw EditError.publishedVerdictWouldReset(claimID, since: since)
            }
            let now = clock.timestamp()
            // The index trigger takes the old text out of the full-text index: it must be in it first.
            try indexPendingText()
            try db.statement("UPDATE claim SET text = ?, updated_at = ?, kinds = ? WHERE id = ?")
                .bind(.text(text), .text(now), .integer(ClaimKind.bits(of: revision.kinds)), .integer(claimID.rawValue)).run()
            try refreshStalePostings()
            try db.statement("DELETE FROM quantity WHERE claim_id = ?").bind(.integer(claimID.rawValue)).run()
            for (index, quantity) in revision.quantities.enumerated() where quantity.value.isFinite {
                try db.statement("""
                    INSERT INTO quantity (claim_id, position, text, value, unit, kind, qualifier) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).bind(
                        .integer(claimID.rawValue), .integer(Int64(index)), .text(quantity.text), .real(quantity.value),
                        quantity.unit.sqlValue, .text(quantity.kind.rawValue), quantity.qualifier.sqlValue
                    ).run()
            }
            try appendEvent(claimID: claimID, action: .textEdited, editor: editor, at: now, from: before.text, to: text, note: note)
            let event = try history(of: claimID).last!
            guard resets else { return TextEdit(event: event, verdictReset: nil, kinds: revision.kinds) }
            try db.statement("UPDATE claim SET status = ?, verdict_note = NULL WHERE id = ?")
                .bind(.text(ClaimStatus.inReview.rawValue), .integer(claimID.rawValue)).run()
            try appendEvent(
                claimID: claimID, action: .status, editor: editor, at: now, from: before.status.rawValue,
                to: ClaimStatus.inReview.rawValue, note: "reset by the text edit: the verdict was given for the old text"
            )
            // Open work has no review: the verdict's review state goes with it.
            try recordVerdictChange(before, state: state, to: .inReview, note: nil, correction: nil, editor: editor, at: now)
            return TextEdit(event: event, verdictReset: before.status, kinds: revision.kinds)
        }
    }
}
