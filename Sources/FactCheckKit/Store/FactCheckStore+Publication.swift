import Foundation

/// Review, publication and corrections. Every rule is checked inside the transaction of the change it guards,
/// so two editors acting at once cannot both pass a check that only one of them should.
extension FactCheckStore {
    /// A claim's verdict state, or nil when it has never had a verdict.
    public func verdictState(_ claimID: ClaimID) throws(StoreError) -> VerdictState? {
        let statement = try db.statement("""
            SELECT review, given_by, reviewed_by, reviewed_at, review_note, published_at, unpublished_at
            FROM verdict_state WHERE claim_id = ?
            """)
        try statement.bind(.integer(claimID.rawValue))
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return VerdictState(
            claimID: claimID, review: statement.optionalText(0).flatMap(ReviewState.init(rawValue:)),
            givenBy: statement.text(1), reviewedBy: statement.optionalText(2), reviewedAt: statement.optionalText(3),
            reviewNote: statement.optionalText(4), publishedAt: statement.optionalText(5), unpublishedAt: statement.optionalText(6)
        )
    }

    /// True unless `review.required` is set to false: a verdict then waits for a second editor.
    public func reviewRequired() throws(StoreError) -> Bool {
        try setting(.reviewRequired).map { $0 != "false" } ?? true
    }

    /// The publication rules for `mark`, run inside its transaction before the claim changes.
    /// A public verdict changes only with a correction, and only to another verdict; a correction is only for public verdicts.
    func checkVerdictChange(_ claimID: ClaimID, to status: ClaimStatus, correction: String?) throws -> VerdictState? {
        let state = try verdictState(claimID)
        if let state, state.isPublic, let since = state.publishedAt {
            guard correction != nil else { throw PublicationError.correctionNeeded(claimID, since: since) }
            guard status.isVerdict else { throw PublicationError.publishedNeedsVerdict(claimID, status: status) }
        } else if correction != nil {
            throw PublicationError.notPublic(claimID)
        }
        return state
    }

    /// Records what a `mark` did to the verdict's way to readers, inside its transaction: a public verdict's change is
    /// a correction; a new verdict waits for review (or is approved as given when review is off); open work has no review.
    func recordVerdictChange(
        _ before: Claim, state: VerdictState?, to status: ClaimStatus, note: String?, correction: String?, editor: String, at now: String
    ) throws {
        let id = before.id
        if let state, state.isPublic, let correction {
            try insertCorrection(
                id, kind: .verdict, published: before, newStatus: status, newNote: note ?? before.verdictNote,
                evidenceID: nil, reason: correction, editor: editor, at: now
            )
            try appendEvent(claimID: id, action: .corrected, editor: editor, at: now, from: before.status.rawValue, to: status.rawValue, note: correction)
            return
        }
        let review: ReviewState? = status.isVerdict ? (try reviewRequired() ? .pending : .notRequired) : nil
        try db.statement("""
            INSERT INTO verdict_state (claim_id, review, given_by) VALUES (?, ?, ?)
            ON CONFLICT (claim_id) DO UPDATE SET review = excluded.review, given_by = excluded.given_by,
                reviewed_by = NULL, reviewed_at = NULL, review_note = NULL
            """).bind(.integer(id.rawValue), review.map { .text($0.rawValue) } ?? .null, .text(editor)).run()
    }

    /// A second editor's judgement of a claim's verdict, in one transaction: approval readies it for publication;
    /// rejection sends the claim back to `in-review` with the reviewer's note, the verdict note kept.
    /// The editor who gave the verdict cannot approve it. Throws `PublicationError` or `StoreError`.
    public func review(_ claimID: ClaimID, decision: ReviewDecision, note: String?, editor: String) throws -> HistoryEvent {
        let note = note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        if decision == .reject, note == nil { throw PublicationError.rejectNeedsNote }
        return try change {
            let claim = try claim(claimID)
            guard claim.status.isVerdict, let state = try verdictState(claimID), let review = state.review else {
                throw PublicationError.noVerdict(claimID, status: claim.status)
            }
            if state.isPublic, let since = state.publishedAt { throw PublicationError.alreadyPublic(claimID, since: since) }
            guard review == .pending else { throw PublicationError.notAwaitingReview(claimID, review: review, by: state.reviewedBy) }
            if decision == .approve, state.givenBy == editor { throw PublicationError.ownVerdict(claimID, editor: editor) }
            let now = clock.timestamp()
            let outcome: ReviewState = decision == .approve ? .approved : .rejected
            try db.statement("""
                UPDATE verdict_state SET review = ?, reviewed_by = ?, reviewed_at = ?, review_note = ? WHERE claim_id = ?
                """).bind(.text(outcome.rawValue), .text(editor), .text(now), note.sqlValue, .integer(claimID.rawValue)).run()
            if decision == .reject {
                try db.statement("UPDATE claim SET status = ?, updated_at = ? WHERE id = ?")
                    .bind(.text(ClaimStatus.inReview.rawValue), .text(now), .integer(claimID.rawValue)).run()
            } else {
                try touch(claimID, at: now)
            }
            try appendEvent(
                claimID: claimID, action: .reviewed, editor: editor, at: now, from: claim.status.rawValue, to: outcome.rawValue, note: note
            )
            return try history(of: claimID).last!
        }
    }

    /// Makes these claims' approved verdicts public, all or none, in one transaction. Throws `PublicationError` for the
    /// first claim that is not ready (unknown, without an approved verdict, or public already).
    @discardableResult
    public func publish(_ claimIDs: [ClaimID], editor: String) throws -> [ClaimID] {
        try change {
            let now = clock.timestamp()
            var published: [ClaimID] = []
            for id in claimIDs where !published.contains(id) {
                let claim = try claim(id)
                let state = try verdictState(id)
                if let state, state.isPublic, let since = state.publishedAt { throw PublicationError.alreadyPublic(id, since: since) }
                guard claim.status.isVerdict, let review = state?.review, review.allowsPublication else {
                    throw PublicationError.notApproved(id, review: state?.review, status: claim.status)
                }
                try markPublished(claim, at: now, editor: editor)
                published.append(id)
            }
            return published
        }
    }

    /// Makes every approved, unpublished verdict of an article public, in one transaction, and says what it left.
    /// Throws `PublicationError.nothingToPublish` when no verdict was ready.
    public func publish(article articleID: ArticleID, editor: String) throws -> ArticlePublication {
        try change {
            _ = try article(articleID)
            let now = clock.timestamp()
            var outcome = ArticlePublication(articleID: articleID, published: [], awaitingReview: [], alreadyPublic: [])
            var ready: [Claim] = []
            try forEachClaim(ClaimFilter(articleID: articleID, sort: .article)) { claim in
                guard claim.status.isVerdict, let review = claim.review else { return }
                if claim.publishedAt != nil {
                    outcome.alreadyPublic.append(claim.id)
                } else if review.allowsPublication {
                    ready.append(claim)
                } else {
                    outcome.awaitingReview.append(claim.id)
                }
            }
            guard !ready.isEmpty else { throw PublicationError.nothingToPublish(articleID, awaitingReview: outcome.awaitingReview) }
            for claim in ready { try markPublished(claim, at: now, editor: editor) }
            outcome.published = ready.map(\.id)
            return outcome
        }
    }

    private func markPublished(_ claim: Claim, at now: String, editor: String) throws {
        try db.statement("UPDATE verdict_state SET published_at = ?, unpublished_at = NULL WHERE claim_id = ?")
            .bind(.text(now), .integer(claim.id.rawValue)).run()
        try touch(claim.id, at: now)
        try appendEvent(claimID: claim.id, action: .published, editor: editor, at: now, from: nil, to: claim.status.rawValue, note: nil)
    }

    /// Withdraws a public verdict from publication, with the public reason, in one transaction. Nothing is deleted:
    /// the corrections log says it was withdrawn, and the claim's verdict stays for the desk.
    public func unpublish(_ claimID: ClaimID, correction: String, editor: String) throws -> Correction {
        guard !correction.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw EditError.emptyText(option: "--correction") }
        return try change {
            let claim = try claim(claimID)
            guard let state = try verdictState(claimID), state.isPublic else { throw PublicationError.notPublic(claimID) }
            let now = clock.timestamp()
            try db.statement("UPDATE verdict_state SET unpublished_at = ? WHERE claim_id = ?").bind(.text(now), .integer(claimID.rawValue)).run()
            try touch(claimID, at: now)
            let id = try insertCorrection(
                claimID, kind: .unpublished, published: claim, newStatus: nil, newNote: nil, evidenceID: nil,
                reason: correction, editor: editor, at: now
            )
            try appendEvent(claimID: claimID, action: .unpublished, editor: editor, at: now, from: claim.status.rawValue, to: nil, note: correction)
            return try corrections(where: "r.id = ?", [.integer(id)]).first!
        }
    }

    /// The rule for withdrawing a citation, run inside `withdraw`'s transaction: a citation of a public verdict goes only
    /// with a correction, which is recorded; a correction is only for public verdicts.
    func recordEvidenceWithdrawal(_ evidenceID: EvidenceID, of claimID: ClaimID, correction: String?, editor: String, at now: String) throws {
        let state = try verdictState(claimID)
        guard let state, state.isPublic, let since = state.publishedAt else {
            if correction != nil { throw PublicationError.notPublic(claimID) }
            return
        }
        guard let correction else { throw PublicationError.correctionNeeded(claimID, since: since) }
        let claim = try claim(claimID)
        try insertCorrection(
            claimID, kind: .evidence, published: claim, newStatus: claim.status, newNote: claim.verdictNote, evidenceID: evidenceID,
            reason: correction, editor: editor, at: now
        )
        try appendEvent(claimID: claimID, action: .corrected, editor: editor, at: now, from: claim.status.rawValue, to: claim.status.rawValue, note: correction)
    }

    @discardableResult
    private func insertCorrection(
        _ claimID: ClaimID, kind: CorrectionKind, published: Claim, newStatus: ClaimStatus?, newNote: String?, evidenceID: EvidenceID?,
        reason: String, editor: String, at now: String
    ) throws(StoreError) -> Int64 {
        try db.statement("""
            INSERT INTO correction (claim_id, what, published_status, published_note, new_status, new_note, evidence_id, reason, editor, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).bind(
                .integer(claimID.rawValue), .text(kind.rawValue), .text(published.status.rawValue), published.verdictNote.sqlValue,
                newStatus.map { .text($0.rawValue) } ?? .null, newNote.sqlValue, evidenceID.map { .integer($0.rawValue) } ?? .null,
                .text(reason), .text(editor), .text(now)
            ).run()
        return db.lastInsertRowID
    }

    /// The public corrections log, newest first; only one article's or one claim's when asked.
    public func corrections(articleID: ArticleID? = nil, claimID: ClaimID? = nil) throws(StoreError) -> [Correction] {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let articleID {
            conditions.append("c.article_id = ?")
            values.append(.integer(articleID.rawValue))
        }
        if let claimID {
            conditions.append("r.claim_id = ?")
            values.append(.integer(claimID.rawValue))
        }
        return try corrections(where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), values)
    }

    private func corrections(where condition: String, _ values: [SQLValue]) throws(StoreError) -> [Correction] {
        // `condition` is one of the fixed fragments above; every value is bound.
        let statement = try db.statement("""
            SELECT r.id, r.claim_id, c.article_id, c.text, r.what, r.published_status, r.published_note, r.new_status, r.new_note,
                   e.url, r.reason, r.at
            FROM correction r JOIN claim c ON c.id = r.claim_id LEFT JOIN evidence e ON e.id = r.evidence_id
            WHERE \(condition) ORDER BY r.at DESC, r.id DESC
            """)
        try statement.bind(values)
        defer { statement.reset() }
        var result: [Correction] = []
        while try statement.step() {
            result.append(Correction(
                id: statement.int64(0), claimID: ClaimID(statement.int64(1)), articleID: ArticleID(statement.int64(2)),
                claimText: statement.text(3), kind: CorrectionKind(rawValue: statement.text(4)) ?? .verdict,
                publishedStatus: ClaimStatus(rawValue: statement.text(5)) ?? .unverified, publishedNote: statement.optionalText(6),
                newStatus: statement.optionalText(7).flatMap(ClaimStatus.init(rawValue:)), newNote: statement.optionalText(8),
                evidenceURL: statement.optionalText(9), reason: statement.text(10), at: statement.text(11)
            ))
        }
        return result
    }
}
