/// An article ready to store: its metadata, its body and the claims found in it.
public struct ArticleDraft: Sendable {
    public var metadata: ArticleMetadata
    /// The body. Setting it recomputes `bodySHA256`, the digest that recognises an article already stored.
    public var body: String {
        didSet { bodySHA256 = SHA256.hexDigest(of: body) }
    }
    public private(set) var bodySHA256: String
    public var sourcePath: String?
    public var claims: [ExtractedClaim]

    public init(metadata: ArticleMetadata, body: String, sourcePath: String?, claims: [ExtractedClaim]) {
        self.metadata = metadata
        self.body = body
        self.bodySHA256 = SHA256.hexDigest(of: body)
        self.sourcePath = sourcePath
        self.claims = claims
    }
}

/// What storing an article did.
public enum IngestOutcome: Equatable, Sendable {
    case ingested(ArticleID, claims: Int)
    case alreadyIngested(ArticleID)
}

extension FactCheckStore {
    /// The article whose body has this SHA-256, if one is stored.
    public func articleID(bodySHA256: String) throws(StoreError) -> ArticleID? {
        let statement = try db.statement("SELECT id FROM article WHERE body_sha256 = ?")
        try statement.bind(.text(bodySHA256))
        defer { statement.reset() }
        return try statement.step() ? ArticleID(statement.int64(0)) : nil
    }

    /// Stores an article with all its claims, quantities and their first history entries, in one transaction.
    /// An article whose body is already stored is left alone.
    public func ingest(_ draft: ArticleDraft, editor: String) throws(StoreError) -> IngestOutcome {
        try ingest(draft, editor: editor) { (store) throws(StoreError) in try store(draft.claims) }
    }

    /// Stores an article with the claims `produce` hands to its `store` function, a run at a time, all in one
    /// transaction (`draft.claims` is not read): a huge article's claims are extracted and stored run by run and
    /// never all held in memory. An error thrown by `produce` rolls the whole article back. `produce` is not
    /// called when the body is already stored.
    public func ingest(
        _ draft: ArticleDraft, editor: String,
        claims produce: (_ store: ([ExtractedClaim]) throws(StoreError) -> Void) throws(StoreError) -> Void
    ) throws(StoreError) -> IngestOutcome {
        let sha = draft.bodySHA256
        return try write { () throws(StoreError) in
            if let existing = try articleID(bodySHA256: sha) {
                return .alreadyIngested(existing)
            }
            let now = clock.timestamp()
            let articleID = try insertArticle(draft, editor: editor, at: now)
            var firstClaim: Int64?
            var count = 0
            try produce { (claims) throws(StoreError) in
                let first = try insertClaims(claims, articleID: articleID, at: now)
                firstClaim = firstClaim ?? first
                count += claims.count
            }
            // Per article, not per claim, or per batch inside one (`batch`): one statement each for the full-text
            // index and the first history entries. FTS5 flushes a segment per statement, so a row at a time cost
            // more than every other write.
            if defersTextIndex {
                unindexedClaimsFrom = unindexedClaimsFrom ?? firstClaim
            } else if let firstClaim {
                try indexText(ofClaimsWhere: "article_id = ?", .integer(articleID.rawValue), from: firstClaim)
            }
            try db.statement("""
                INSERT INTO claim_event (claim_id, action, editor, at, from_value, to_value, note)
                SELECT id, ?, ?, ?, NULL, ?, NULL FROM claim WHERE article_id = ? ORDER BY position
                """).bind(
                    .text(HistoryAction.extracted.rawValue), .text(editor), .text(now), .text(ClaimStatus.unverified.rawValue),
                    .integer(articleID.rawValue)
                ).run()
            return .ingested(articleID, claims: count)
        }
    }

    /// A body longer than this is written through a small page cache (see `insertArticle`).
    static let largeBodyBytes = 4 << 20
    /// That cache, in KiB.
    static let largeBodyCacheKiB = 2048

    /// Stores the article's row; returns its id.
    private func insertArticle(_ draft: ArticleDraft, editor: String, at now: String) throws(StoreError) -> ArticleID {
        // A long body's overflow pages pass through the page cache once and are not read again in the transaction:
        // through a batch's cache, a 50 MB body kept 16 MiB of them in memory beside itself and the row SQLite
        // builds from it. A small cache spills them to the log as they are written; the cache is put back after.
        var cacheSize: Int64?
        if draft.body.utf8.count > Self.largeBodyBytes {
            cacheSize = try db.integer("PRAGMA cache_size")
            try db.execute("PRAGMA cache_size = -\(Self.largeBodyCacheKiB)")
        }
        defer { if let cacheSize { try? db.execute("PRAGMA cache_size = \(cacheSize)") } }
        let meta = draft.metadata
        // The body is bound as its own bytes (parameter 6), not copied: SQLite still builds the row from it,
        // and a second copy held until the next article made a huge body cost three times its size.
        try db.statement("""
            INSERT INTO article (title, publication, author, url, published, body, body_sha256, source_path, ingested_at, ingested_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).bind(
                .text(meta.title ?? "Untitled"), meta.publication.sqlValue, meta.author.sqlValue, meta.url.sqlValue,
                meta.published.sqlValue, .null, .text(draft.bodySHA256), draft.sourcePath.sqlValue, .text(now), .text(editor)
            ).run(borrowing: draft.body, at: 6)
        return ArticleID(db.lastInsertRowID)
    }

    /// Stores a run of an article's claims with their times and quantities, a few statements per table
    /// (`MultiRowInsert`); returns the first claim's id, nil when there are none.
    ///
    /// Claims get their ids here, counting up from the largest stored, as SQLite would give them one row at a time,
    /// so the times and quantities can name them without reading them back.
    private func insertClaims(_ run: [ExtractedClaim], articleID: ArticleID, at now: String) throws(StoreError) -> Int64? {
        guard !run.isEmpty else { return nil }
        let last = try db.integer("SELECT coalesce(max(id), 0) FROM claim")
        guard last <= Int64.max - Int64(run.count) else {
            throw .constraint("no claim ids are left above \(last); nothing was stored")
        }
        var claims: [SQLValue] = [], times: [SQLValue] = [], quantities: [SQLValue] = []
        claims.reserveCapacity(run.count * ingestInserts.claim.columns)
        for (offset, claim) in run.enumerated() {
            let claimID = last + 1 + Int64(offset)
            claims += [
                .integer(claimID), .integer(articleID.rawValue), .integer(Int64(claim.position)), .integer(Int64(claim.startOffset)),
                .integer(Int64(claim.endOffset)), .text(claim.text), .real(min(1, max(0, claim.score))),
                .integer(CheckWorthinessReason.bits(of: claim.reasons)), claim.speaker.sqlValue, claim.attribution.sqlValue,
                claim.timeReference.sqlValue, .text(now), claim.subject.sqlValue, .integer(ClaimKind.bits(of: claim.kinds)),
            ]
            for (index, time) in claim.timeReferences.enumerated() {
                times += [.integer(claimID), .integer(Int64(index)), .text(time)]
            }
            for (index, quantity) in claim.quantities.enumerated() {
                quantities += [
                    .integer(claimID), .integer(Int64(index)), .text(quantity.text), .real(quantity.value),
                    quantity.unit.sqlValue, .text(quantity.kind.rawValue), quantity.qualifier.sqlValue,
                    quantity.startOffset.map { .integer(Int64($0)) } ?? .null, quantity.endOffset.map { .integer(Int64($0)) } ?? .null,
                ]
            }
        }
        // Claims first: the other two refer to them.
        try ingestInserts.claim.run(claims, in: db)
        try ingestInserts.time.run(times, in: db)
        try ingestInserts.quantity.run(quantities, in: db)
        return last + 1
    }

    func appendEvent(
        claimID: ClaimID, action: HistoryAction, editor: String, at: String, from: String?, to: String?, note: String?,
        forced: Bool = false
    ) throws(StoreError) {
        try db.statement("""
            INSERT INTO claim_event (claim_id, action, editor, at, from_value, to_value, note, forced) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).bind(
                .integer(claimID.rawValue), .text(action.rawValue), .text(editor), .text(at), from.sqlValue, to.sqlValue, note.sqlValue,
                .integer(forced ? 1 : 0)
            ).run()
    }
}
