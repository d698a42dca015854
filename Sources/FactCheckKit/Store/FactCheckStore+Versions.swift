/// A write made against a claim as the editor last saw it, refused because someone changed it since.
public struct StaleVersionError: FactCheckFailure, Equatable {
    public var claimID: ClaimID
    /// The version the editor saw, and the claim's version now.
    public var expected: Int64
    public var current: Int64

    public var errorDescription: String? {
        "claim \(claimID) changed since you loaded it (version \(expected), now \(current)); reload it, look at what changed, and try again"
    }

    public var exitStatus: ExitStatus { .dataError }
}

extension FactCheckStore {
    /// A claim's version: the id of its latest history entry. Every change to a claim appends one, so the version
    /// moves with every change and the entries after a version are exactly what changed since.
    public func claimVersion(_ claimID: ClaimID) throws(StoreError) -> Int64 {
        let statement = try db.statement("""
            SELECT (SELECT id FROM claim WHERE id = ?1), (SELECT coalesce(max(id), 0) FROM claim_event WHERE claim_id = ?1)
            """)
        try statement.bind(.integer(claimID.rawValue))
        defer { statement.reset() }
        _ = try statement.step()
        guard !statement.isNull(0) else { throw .claimNotFound(claimID) }
        return statement.int64(1)
    }

    /// The claim an evidence row belongs to.
    public func claimID(ofEvidence evidenceID: EvidenceID) throws(StoreError) -> ClaimID {
        let statement = try db.statement("SELECT claim_id FROM evidence WHERE id = ?")
        try statement.bind(.integer(evidenceID.rawValue))
        defer { statement.reset() }
        guard try statement.step() else { throw .evidenceNotFound(evidenceID) }
        return ClaimID(statement.int64(0))
    }

    /// Runs `body` (one of the store's changes) in one transaction with a check that the claim is still at
    /// `expected`; with nil, no check. A `StaleVersionError` leaves everything as it was.
    public func change<T>(_ claimID: ClaimID, ifVersion expected: Int64?, _ body: () throws -> T) throws -> T {
        try change {
            let current = try claimVersion(claimID)
            if let expected, expected != current {
                throw StaleVersionError(claimID: claimID, expected: expected, current: current)
            }
            return try body()
        }
    }
}
