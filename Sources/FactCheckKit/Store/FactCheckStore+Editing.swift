extension FactCheckStore {
    /// Attaches a citation to a claim and records it in the claim's history, in one transaction.
    /// Refuses (`EditError.duplicateCitation`) a citation identical to one the claim already has and that stands,
    /// so a command repeated after its output was lost stores nothing twice.
    public func cite(_ claimID: ClaimID, evidence: NewEvidence, editor: String) throws -> Evidence {
        try change {
            _ = try claim(claimID)
            let same = try db.statement("""
                SELECT id FROM evidence
                WHERE claim_id = ? AND withdrawn_at IS NULL AND url = ? AND stance = ?
                  AND title IS ? AND publisher IS ? AND quote IS ? AND note IS ?
                """).bind(
                    .integer(claimID.rawValue), .text(evidence.url), .text(evidence.stance.rawValue), evidence.title.sqlValue,
                    evidence.publisher.sqlValue, evidence.quote.sqlValue, evidence.note.sqlValue
                )
            defer { same.reset() }
            if try same.step() { throw EditError.duplicateCitation(claimID, existing: EvidenceID(same.int64(0))) }
            same.reset()
            let now = clock.timestamp()
            try db.statement("""
                INSERT INTO evidence (claim_id, url, title, publisher, quote, stance, note, editor, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).bind(
                    .integer(claimID.rawValue), .text(evidence.url), evidence.title.sqlValue, evidence.publisher.sqlValue,
                    evidence.quote.sqlValue, .text(evidence.stance.rawValue), evidence.note.sqlValue, .text(editor), .text(now)
                ).run()
            let evidenceID = EvidenceID(db.lastInsertRowID)
            try touch(claimID, at: now)
            try appendEvent(
                claimID: claimID, action: .evidenceAdded, editor: editor, at: now, from: nil,
                to: "evidence \(evidenceID): \(evidence.stance.rawValue) \(evidence.url)", note: evidence.note
            )
            return Evidence(
                id: evidenceID, claimID: claimID, url: evidence.url, title: evidence.title, publisher: evidence.publisher,
                quote: evidence.quote, stance: evidence.stance, note: evidence.note, editor: editor, createdAt: now
            )
        }
    }

    func touch(_ claimID: ClaimID, at now: String) throws(StoreError) {
        try db.statement("UPDATE claim SET updated_at = ? WHERE id = ?").bind(.text(now), .integer(claimID.rawValue)).run()
    }
}
