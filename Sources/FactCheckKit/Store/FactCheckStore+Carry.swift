/// Why a verdict could not be carried from another claim or a review. Nothing was changed when one is thrown.
public enum CarryError: FactCheckFailure, Equatable {
    case sameClaim(ClaimID)
    case noVerdict(ClaimID, status: ClaimStatus)
    case sourceLacksEvidence(ClaimID, status: ClaimStatus)
    case figureChanged(ClaimID, source: String, changes: [FigureChange])
    case ratingNotAVerdict(ReviewID, rating: String)
    case statusDiffers(given: ClaimStatus, source: String, sourceStatus: ClaimStatus)

    public var errorDescription: String? {
        switch self {
        case .sameClaim(let id):
            "claim \(id) cannot carry its own verdict; name another claim or a review to carry from"
        case .noVerdict(let id, let status):
            "claim \(id) is \(status.rawValue), not a verdict; there is nothing to carry"
        case .sourceLacksEvidence(let id, let status):
            "claim \(id) is \(status.rawValue) without the evidence that verdict needs; cite it on claim \(id) first"
        case .figureChanged(let id, let source, let changes):
            "claim \(id) changes a figure of \(source) ("
                + changes.map { "\($0.from) → \($0.to)" }.joined(separator: ", ")
                + "); it is not the same claim, so its verdict cannot be carried: check it on its own"
        case .ratingNotAVerdict(let id, let rating):
            "review \(id) is rated '\(rating)', which is not one of factcheck's verdicts; give the STATUS to carry"
        case .statusDiffers(let given, let source, let sourceStatus):
            "\(source) is \(sourceStatus.rawValue), not \(given.rawValue); leave STATUS out to carry its verdict"
        }
    }

    public var exitStatus: ExitStatus { .dataError }
}

extension FactCheckStore {
    /// Gives claim `claimID` the verdict of another claim or of an imported review, in one transaction: the
    /// history records it as carried from there, and the source's evidence is referenced, not copied.
    /// The source claim must have a verdict with the evidence that verdict needs; a claim whose figures differ
    /// from the source's (a `changed` match) is refused. `status`, when given, must agree with a claim source;
    /// for a review it names the verdict when the review's rating is not one of ours. `changedFigures` compares
    /// the source's text with the claim's, read inside the transaction (the matcher does it, a layer above the
    /// store), and gives the figures that differ, or nil when none does.
    public func carryVerdict(
        to claimID: ClaimID, from source: MatchTarget, status: ClaimStatus?, note: String?, editor: String,
        changedFigures: (_ source: String, _ claim: String) -> [FigureChange]?
    ) throws -> HistoryEvent {
        let note = note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        return try change {
            let target = try claim(claimID)
            let verdict: ClaimStatus
            let sourceText: String
            let name: String
            switch source {
            case .claim(let sourceID):
                guard sourceID != claimID else { throw CarryError.sameClaim(claimID) }
                let from = try claim(sourceID)
                name = "claim \(sourceID)"
                guard ClaimRating(from.status) != nil else { throw CarryError.noVerdict(sourceID, status: from.status) }
                if try missingEvidence(for: sourceID, status: from.status) != nil {
                    throw CarryError.sourceLacksEvidence(sourceID, status: from.status)
                }
                if let status, status != from.status {
                    throw CarryError.statusDiffers(given: status, source: name, sourceStatus: from.status)
                }
                verdict = from.status
                sourceText = from.text
            case .review(let reviewID):
                let from = try review(reviewID)
                name = "review \(reviewID)"
                guard let given = status ?? ClaimRating.status(named: from.rating.name) else {
                    throw CarryError.ratingNotAVerdict(reviewID, rating: from.rating.label)
                }
                verdict = given
                sourceText = from.claimReviewed
            }
            if let changes = changedFigures(sourceText, target.text) {
                throw CarryError.figureChanged(claimID, source: name, changes: changes)
            }
            // A carried verdict is a verdict like any other: it waits for review, and a published one is not overwritten.
            let state = try checkVerdictChange(claimID, to: verdict, correction: nil)
            let now = clock.timestamp()
            let recorded = note ?? "same claim as \(name)"
            try db.statement("""
                UPDATE claim SET status = ?, verdict_note = ?, updated_at = ? WHERE id = ?
                """).bind(.text(verdict.rawValue), .text(recorded), .text(now), .integer(claimID.rawValue)).run()
            let (fromClaim, fromReview): (SQLValue, SQLValue) = switch source {
            case .claim(let id): (.integer(id.rawValue), .null)
            case .review(let id): (.null, .integer(id.rawValue))
            }
            try db.statement("""
                INSERT INTO claim_event (claim_id, action, editor, at, from_value, to_value, note, carried_from_claim, carried_from_review)
                VALUES (?, 'status', ?, ?, ?, ?, ?, ?, ?)
                """).bind(
                    .integer(claimID.rawValue), .text(editor), .text(now), .text(target.status.rawValue), .text(verdict.rawValue),
                    .text(recorded), fromClaim, fromReview
                ).run()
            let event = try history(of: claimID).last!
            try recordVerdictChange(target, state: state, to: verdict, note: recorded, correction: nil, editor: editor, at: now)
            return event
        }
    }
}

extension FactCheckStore {
    /// True when the claim's current verdict was carried (`mark --same-as`) from a review, or from a claim whose
    /// evidence still meets the rule for that verdict: the source's evidence stands for this claim's.
    func carriedVerdictHoldsEvidence(_ claimID: ClaimID, status: ClaimStatus) throws(StoreError) -> Bool {
        let statement = try db.statement("""
            SELECT carried_from_claim, carried_from_review FROM claim_event
            WHERE claim_id = ? AND action = 'status' ORDER BY id DESC LIMIT 1
            """)
        try statement.bind(.integer(claimID.rawValue))
        defer { statement.reset() }
        guard try statement.step() else { return false }
        if !statement.isNull(1) { return true }
        guard !statement.isNull(0) else { return false }
        let source = ClaimID(statement.int64(0))
        statement.reset()
        return try missingEvidence(for: source, status: status) == nil
    }
}

extension ClaimRating {
    /// The verdict a published rating names, when it is one of ours ("False", "True", "Misleading" ...).
    static func status(named name: String?) -> ClaimStatus? {
        guard let name = name?.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
        return ClaimStatus.allCases.first { ClaimRating($0)?.name.lowercased() == name }
    }
}
