extension FactCheckStore {
    /// Claim counts by status for the claims in `scope`.
    public func reportCounts(_ scope: ReportScope) throws(StoreError) -> [ClaimStatus: Int] {
        let (conditions, values) = Self.reportWhere(scope)
        let statement = try db.statement("SELECT c.status, count(*) FROM claim c\(conditions) GROUP BY c.status")
        try statement.bind(values)
        defer { statement.reset() }
        var counts: [ClaimStatus: Int] = [:]
        while try statement.step() {
            if let status = ClaimStatus(rawValue: statement.text(0)) { counts[status] = statement.int(1) }
        }
        return counts
    }

    /// Streams the claims in `scope` article by article in reading order, one at a time,
    /// so a report of any size is written in bounded memory.
    public func forEachReportClaim(_ scope: ReportScope, _ body: (Claim) throws -> Void) throws {
        let (conditions, values) = Self.reportWhere(scope)
        // The (article_id, position) unique index yields this order without sorting.
        let statement = try db.statement("SELECT \(Self.claimColumns) FROM claim c\(conditions) ORDER BY c.article_id, c.position")
        try statement.bind(values)
        defer { statement.reset() }
        while try statement.step() {
            try body(try claim(from: statement))
        }
    }

    /// The WHERE clause for a report scope, from fixed fragments with every value bound.
    private static func reportWhere(_ scope: ReportScope) -> (String, [SQLValue]) {
        var (conditions, values) = statusAndArticleConditions(statuses: scope.statuses, articleID: scope.articleID)
        if scope.filtersHistory {
            var event = ["e.claim_id = c.id"]
            if let since = scope.since {
                event.append("e.at >= ?")
                values.append(.text(since))
            }
            if let editor = scope.editor {
                event.append("e.editor = ?")
                values.append(.text(editor))
            }
            conditions.append("EXISTS (SELECT 1 FROM claim_event e WHERE \(event.joined(separator: " AND ")))")
        }
        if scope.publishedOnly {
            conditions.append("c.id IN (SELECT claim_id FROM verdict_state WHERE published_at IS NOT NULL AND unpublished_at IS NULL)")
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), values)
    }
}
