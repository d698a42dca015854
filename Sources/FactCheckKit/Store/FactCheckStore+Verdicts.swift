import Foundation

extension FactCheckStore {
    /// Sets a claim's status with the editor's note, and appends the change to its history, in one transaction.
    /// The verdict rules (`VerdictRule`) are checked inside that transaction, so a citation withdrawn by another
    /// editor a moment earlier counts as gone. `force` with a note overrides them, and the history says so.
    /// The note becomes the claim's verdict note. Without a note, a new status has none: the old note was about
    /// the old verdict (it stays in the history); marking the same status again keeps it.
    /// A verdict then waits for review by a second editor (unless `review.required` is false); a published verdict
    /// changes only with a `correction`, recorded in the public corrections log (see `checkVerdictChange`).
    /// Throws `EditError` or `PublicationError` when a rule refuses the change, `StoreError` for the database.
    public func mark(
        _ claimID: ClaimID, status: ClaimStatus, note: String?, editor: String, force: Bool = false, correction: String? = nil
    ) throws -> HistoryEvent {
        let note = note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        if force, note == nil { throw EditError.forceNeedsNote }
        if let correction, correction.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw EditError.emptyText(option: "--correction")
        }
        return try change {
            let before = try claim(claimID)
            let state = try checkVerdictChange(claimID, to: status, correction: correction)
            let missing = try missingEvidence(for: claimID, status: status)
            if let missing, !force { throw missing }
            let now = clock.timestamp()
            try db.statement("""
                UPDATE claim SET verdict_note = CASE WHEN status = ? THEN coalesce(?, verdict_note) ELSE ? END,
                                 status = ?, updated_at = ? WHERE id = ?
                """).bind(
                    .text(status.rawValue), note.sqlValue, note.sqlValue, .text(status.rawValue), .text(now), .integer(claimID.rawValue)
                ).run()
            // Only an override that was needed is marked forced: --force on a claim with its evidence is a plain change.
            try appendEvent(
                claimID: claimID, action: .status, editor: editor, at: now,
                from: before.status.rawValue, to: status.rawValue, note: note, forced: missing != nil
            )
            let event = try history(of: claimID).last!
            try recordVerdictChange(before, state: state, to: status, note: note, correction: correction, editor: editor, at: now)
            return event
        }
    }

    /// The rule `status` breaks for this claim right now, or nil when its evidence is enough.
    func missingEvidence(for claimID: ClaimID, status: ClaimStatus) throws(StoreError) -> EditError? {
        let rule = VerdictRule(for: status)
        guard rule != .none else { return nil }
        let statement = try db.statement("""
            SELECT count(*), count(*) FILTER (WHERE stance = 'supports') FROM evidence WHERE claim_id = ? AND withdrawn_at IS NULL
            """)
        try statement.bind(.integer(claimID.rawValue))
        defer { statement.reset() }
        _ = try statement.step()
        guard !rule.isMet(citations: statement.int(0), supporting: statement.int(1)) else { return nil }
        return rule == .supportingCitation ? .noSupportingCitation(claimID) : .noCitation(claimID, verdict: status)
    }
}
