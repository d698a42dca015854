extension FactCheckStore {
    /// The claim full-text index's rowid: (inverted score) << 32 | claim id, so a word's matches come out most
    /// check-worthy first (the worklist order; scores closer than a millionth tie and go by id). See schema.sql.
    static func searchKey(score: String, id: String) -> String {
        "((1000000 - CAST(round(\(score) * 1000000) AS INTEGER)) << 32) | \(id)"
    }

    /// `rowid & searchKeyIDMask` is the claim id of a full-text row.
    static let searchKeyIDMask = "4294967295"

    /// The columns `claim(from:)` reads, in its order.
    static let claimColumns = """
        c.id, c.article_id, c.position, c.start_offset, c.end_offset, c.text, c.score, c.reasons, c.status,
        c.speaker, c.attribution, c.time_reference, c.verdict_note, c.assignee, c.updated_at,
        c.kinds,
        (SELECT count(*) FROM evidence WHERE claim_id = c.id AND withdrawn_at IS NULL),
        (SELECT count(*) FROM evidence WHERE claim_id = c.id AND withdrawn_at IS NULL AND stance = 'supports'),
        (SELECT review FROM verdict_state WHERE claim_id = c.id),
        (SELECT published_at FROM verdict_state WHERE claim_id = c.id AND unpublished_at IS NULL),
        c.subject
        """

    /// Claims matching `filter`, in its order.
    public func claims(_ filter: ClaimFilter) throws(StoreError) -> [Claim] {
        var result: [Claim] = []
        try forEachClaim(filter) { result.append($0) }
        return result
    }

    /// Streams the claims matching `filter` one at a time, so large exports stay in bounded memory.
    public func forEachClaim(_ filter: ClaimFilter, _ body: (Claim) -> Void) throws(StoreError) {
        guard let (sql, values) = Self.listQuery(filter) else { return }
        if filter.search != nil { try indexPendingText() }
        try read { () throws(StoreError) in
            let statement = try db.statement(sql)
            try statement.bind(values)
            defer { statement.reset() }
            while try statement.step() {
                body(try claim(from: statement))
            }
        }
    }

    /// How many claims match `filter`, ignoring its limit. With `cap`, counting stops past `cap`
    /// (the result is then `cap + 1`), so a footer on a million-claim archive costs a page, not a scan.
    public func countClaims(_ filter: ClaimFilter, cap: Int? = nil) throws(StoreError) -> Int {
        guard let (sql, values) = Self.countQuery(filter, cap: cap) else { return 0 }
        if filter.search != nil { try indexPendingText() }
        let statement = try db.statement(sql)
        try statement.bind(values)
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(0)
    }

    /// The counting SELECT for a filter (see `countClaims`), with its bound values; nil when nothing can match.
    private static func countQuery(_ filter: ClaimFilter, cap: Int?) -> (String, [SQLValue])? {
        guard let (conditions, filterValues) = whereClause(filter) else { return nil }
        var values = filterValues
        guard let cap else { return ("SELECT count(*) FROM claim c" + conditions, values) }
        if let search = filter.search, filter == ClaimFilter(search: search, sort: filter.sort, limit: filter.limit) {
            // Search alone: count the full-text matches as they stream, without building the set of all of them.
            values.append(.integer(Int64(cap) + 1))
            return ("SELECT count(*) FROM (SELECT 1 FROM claim_fts WHERE claim_fts MATCH ? LIMIT ?)", values)
        }
        values.append(.integer(Int64(cap) + 1))
        return ("SELECT count(*) FROM (SELECT 1 FROM claim c" + conditions + " LIMIT ?)", values)
    }

    /// SQLite's plan for listing `filter` (`EXPLAIN QUERY PLAN`), or for counting it with `countCap`, one line per
    /// step: for tests that pin the worklist and its footer to their indexes and to the full-text index.
    package func queryPlan(_ filter: ClaimFilter, countCap: Int? = nil) throws(StoreError) -> [String] {
        guard let (sql, values) = countCap.map({ Self.countQuery(filter, cap: $0) }) ?? Self.listQuery(filter) else { return [] }
        return try explainPlan(sql, values)
    }

    /// SQLite's plan for a statement, one line per step (`EXPLAIN QUERY PLAN`).
    func explainPlan(_ sql: String, _ values: [SQLValue]) throws(StoreError) -> [String] {
        let statement = try db.statement("EXPLAIN QUERY PLAN " + sql)
        try statement.bind(values)
        defer { statement.reset() }
        var lines: [String] = []
        while try statement.step() { lines.append(statement.text(3)) }
        return lines
    }

    /// The listing SELECT for a filter, with its bound values; nil when nothing can match.
    private static func listQuery(_ filter: ClaimFilter) -> (String, [SQLValue])? {
        guard let (conditions, filterValues) = whereClause(filter) else { return nil }
        var values = filterValues
        let order = switch filter.sort {
        case .score: " ORDER BY c.score DESC, c.id"
        case .article: " ORDER BY c.article_id, c.position"
        case .recent: " ORDER BY c.updated_at DESC, c.id DESC"
        }
        guard let limit = filter.limit else {
            return ("SELECT \(claimColumns) FROM claim c" + conditions + order, values)
        }
        values.append(.integer(Int64(limit)))
        if let search = filter.search, filter.sort == .score, let query = SearchQuery.fts5(search) {
            // The full-text rowid is the search key (score, then id), so matches stream in worklist order and the
            // page is the first LIMIT of them that pass the other conditions: no match beyond the page is read.
            var pageValues: [SQLValue] = [.text(query)]
            var pageFilter = filter
            pageFilter.search = nil
            let (otherConditions, otherValues) = whereClause(pageFilter) ?? ("", [])
            pageValues += otherValues
            pageValues.append(.integer(Int64(limit)))
            let extra = otherConditions.isEmpty ? "" : " AND " + otherConditions.dropFirst(" WHERE ".count)
            return (
                """
                SELECT \(claimColumns) FROM claim c WHERE c.id IN (
                    SELECT c.id FROM claim_fts f JOIN claim c ON c.id = f.rowid & \(searchKeyIDMask)
                    WHERE claim_fts MATCH ?\(extra) ORDER BY f.rowid LIMIT ?
                )
                """ + order,
                pageValues
            )
        }
        if filter.search != nil {
            // Other orders: pick the page's ids first, sorting only (score, id) for each match, then build the
            // page's rows, so kinds and evidence are read for the page alone.
            return (
                "SELECT \(claimColumns) FROM claim c WHERE c.id IN (SELECT c.id FROM claim c\(conditions)\(order) LIMIT ?)" + order,
                values
            )
        }
        return ("SELECT \(claimColumns) FROM claim c" + conditions + order + " LIMIT ?", values)
    }

    /// The status and article conditions that worklists and reports share, with their bound values.
    static func statusAndArticleConditions(statuses: [ClaimStatus], articleID: ArticleID?) -> ([String], [SQLValue]) {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if !statuses.isEmpty {
            conditions.append("c.status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ", ")))")
            values += statuses.map { .text($0.rawValue) }
        }
        if let articleID {
            conditions.append("c.article_id = ?")
            values.append(.integer(articleID.rawValue))
        }
        return (conditions, values)
    }

    /// The WHERE clause for a filter, built from fixed fragments with every value bound.
    /// Nil when the filter cannot match anything (a search with no words).
    private static func whereClause(_ filter: ClaimFilter) -> (String, [SQLValue])? {
        var (conditions, values) = statusAndArticleConditions(statuses: filter.statuses, articleID: filter.articleID)
        if !filter.kinds.isEmpty {
            // Every kind asked for: all of their bits are set.
            let bits = ClaimKind.bits(of: filter.kinds)
            conditions.append("(c.kinds & ?) = ?")
            values += [.integer(bits), .integer(bits)]
        }
        if let search = filter.search {
            guard let query = SearchQuery.fts5(search) else { return nil }
            conditions.append("c.id IN (SELECT rowid & \(searchKeyIDMask) FROM claim_fts WHERE claim_fts MATCH ?)")
            values.append(.text(query))
        }
        if let minScore = filter.minScore {
            conditions.append("c.score >= ?")
            values.append(.real(minScore))
        }
        if let assignee = filter.assignee {
            conditions.append("c.assignee = ?")
            values.append(.text(assignee))
        }
        if let matched = filter.matched {
            conditions.append(condition(matched))
        }
        if !filter.reviews.isEmpty {
            let marks = Array(repeating: "?", count: filter.reviews.count).joined(separator: ", ")
            conditions.append("c.id IN (SELECT claim_id FROM verdict_state WHERE review IN (\(marks)))")
            values += filter.reviews.map { .text($0.rawValue) }
        }
        if let after = filter.after {
            values.append(.integer(after.rawValue))
            conditions.append(keysetCondition(filter.sort, parameter: values.count))
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), values)
    }

    /// "Comes after claim ?N in this order", as a range the order's index can seek to. The claim named by the
    /// cursor is read by primary key; its id is bound once, as parameter number `parameter`, and reused by number.
    private static func keysetCondition(_ sort: ClaimSort, parameter: Int) -> String {
        let key = "?\(parameter)"
        return switch sort {
        case .score:
            "c.score <= (SELECT score FROM claim WHERE id = \(key)) AND (c.score < (SELECT score FROM claim WHERE id = \(key)) OR c.id > \(key))"
        case .article:
            "(c.article_id, c.position) > (SELECT article_id, position FROM claim WHERE id = \(key))"
        case .recent:
            "(c.updated_at, c.id) < (SELECT updated_at, id FROM claim WHERE id = \(key))"
        }
    }

    /// One claim by id.
    public func claim(_ id: ClaimID) throws(StoreError) -> Claim {
        let statement = try db.statement("SELECT \(Self.claimColumns) FROM claim c WHERE c.id = ?")
        try statement.bind(.integer(id.rawValue))
        defer { statement.reset() }
        guard try statement.step() else { throw .claimNotFound(id) }
        return try claim(from: statement)
    }

    func claim(from row: Statement) throws(StoreError) -> Claim {
        let id = ClaimID(row.int64(0))
        let kinds = ClaimKind.kinds(fromBits: row.int64(15))
        let reasons = CheckWorthinessReason.reasons(fromBits: row.int64(7))
        let status = ClaimStatus(rawValue: row.text(8)) ?? .unverified
        var unsupported = !VerdictRule(for: status).isMet(citations: row.int(16), supporting: row.int(17))
        // A verdict carried from another claim (mark --same-as) stands on that claim's evidence.
        if unsupported, try carriedVerdictHoldsEvidence(id, status: status) { unsupported = false }
        return Claim(
            id: id, articleID: ArticleID(row.int64(1)), position: row.int(2), startOffset: row.int(3), endOffset: row.int(4),
            text: row.text(5), kinds: kinds, score: row.double(6), reasons: reasons,
            status: status, speaker: row.optionalText(9),
            attribution: row.optionalText(10), timeReference: row.optionalText(11), verdictNote: row.optionalText(12),
            assignee: row.optionalText(13), quantities: try quantities(of: id), evidenceCount: row.int(16),
            updatedAt: row.text(14),
            verdictUnsupported: unsupported,
            review: row.optionalText(18).flatMap(ReviewState.init(rawValue:)), publishedAt: row.optionalText(19),
            timeReferences: try timeReferences(of: id), matches: try matches(of: id), subject: row.optionalText(20)
        )
    }

    /// The times a claim is about, in the order the sentence gives them.
    public func timeReferences(of claimID: ClaimID) throws(StoreError) -> [String] {
        let statement = try db.statement("SELECT text FROM claim_time WHERE claim_id = ? ORDER BY position")
        try statement.bind(.integer(claimID.rawValue))
        defer { statement.reset() }
        var result: [String] = []
        while try statement.step() { result.append(statement.text(0)) }
        return result
    }

    /// The quantities of a claim, in the order they appear.
    public func quantities(of claimID: ClaimID) throws(StoreError) -> [Quantity] {
        let statement = try db.statement(
            "SELECT text, value, unit, kind, qualifier, start_offset, end_offset FROM quantity WHERE claim_id = ? ORDER BY position"
        )
        try statement.bind(.integer(claimID.rawValue))
        defer { statement.reset() }
        var result: [Quantity] = []
        while try statement.step() {
            result.append(Quantity(
                text: statement.text(0), value: statement.double(1), unit: statement.optionalText(2),
                kind: QuantityKind(rawValue: statement.text(3)) ?? .number, qualifier: statement.optionalText(4),
                startOffset: statement.isNull(5) ? nil : statement.int(5), endOffset: statement.isNull(6) ? nil : statement.int(6)
            ))
        }
        return result
    }

    /// The evidence cited for a claim, oldest first; withdrawn citations are included only when asked.
    public func evidence(of claimID: ClaimID, includeWithdrawn: Bool = false) throws(StoreError) -> [Evidence] {
        let statement = try db.statement("""
            SELECT id, claim_id, url, title, publisher, quote, stance, note, editor, created_at
            FROM evidence WHERE claim_id = ? AND (? OR withdrawn_at IS NULL) ORDER BY id
            """)
        try statement.bind(.integer(claimID.rawValue), .integer(includeWithdrawn ? 1 : 0))
        defer { statement.reset() }
        var result: [Evidence] = []
        while try statement.step() {
            result.append(Evidence(
                id: EvidenceID(statement.int64(0)), claimID: ClaimID(statement.int64(1)), url: statement.text(2),
                title: statement.optionalText(3), publisher: statement.optionalText(4), quote: statement.optionalText(5),
                stance: Stance(rawValue: statement.text(6)) ?? .context, note: statement.optionalText(7),
                editor: statement.text(8), createdAt: statement.text(9)
            ))
        }
        return result
    }

    /// Every change to a claim, oldest first.
    public func history(of claimID: ClaimID) throws(StoreError) -> [HistoryEvent] {
        let statement = try db.statement("""
            SELECT id, claim_id, action, editor, at, from_value, to_value, note, forced, carried_from_claim, carried_from_review
            FROM claim_event WHERE claim_id = ? ORDER BY id
            """)
        try statement.bind(.integer(claimID.rawValue))
        defer { statement.reset() }
        var result: [HistoryEvent] = []
        while try statement.step() {
            result.append(HistoryEvent(
                id: statement.int64(0), claimID: ClaimID(statement.int64(1)),
                action: HistoryAction(rawValue: statement.text(2)) ?? .status, editor: statement.text(3),
                at: statement.text(4), from: statement.optionalText(5), to: statement.optionalText(6),
                note: statement.optionalText(7), forced: statement.int(8) != 0,
                carriedFromClaim: statement.isNull(9) ? nil : ClaimID(statement.int64(9)),
                carriedFromReview: statement.isNull(10) ? nil : ReviewID(statement.int64(10))
            ))
        }
        return result
    }
}
