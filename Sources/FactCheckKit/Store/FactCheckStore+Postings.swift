/// The matching index (`claim_posting`, schema.sql): each index term's claims as `PostingList` segments, kept in step
/// with `claim_fts` in the same transactions. Matching reads a term's postings in a row or a few and ranks the claims
/// itself, exactly as `RankFunction` ranks them in `claim_fts`, instead of stepping FTS5 through every claim that holds
/// a word of the text (BENCHMARKS.md, issue 16).
extension FactCheckStore {
    /// Segments a term may have before they are merged into one: a batch adds one to each term it holds.
    static let postingSegmentLimit = 8

    /// Adds the claims `condition` (with one bound value) selects to the matching index: one new segment for each
    /// term they hold. Called wherever their text is fed to `claim_fts`.
    func indexPostings(ofClaimsWhere condition: String, _ value: SQLValue) throws(StoreError) {
        let tokenizer = try indexTokenizer()
        var writers: [String: PostingList.Writer] = [:]
        var counts: [String: Int] = [:]
        let rows = try db.statement(
            "SELECT \(Self.searchKey(score: "score", id: "id")), text FROM claim WHERE \(condition) \(Self.inKeyOrder)"
        )
        try rows.bind(value)
        while try rows.step() {
            let key = rows.int64(0)
            counts.removeAll(keepingCapacity: true)
            for term in tokenizer.terms(rows.text(1), document: true) { counts[term, default: 0] += 1 }
            for (term, count) in counts { writers[term, default: PostingList.Writer()].append(key: key, count: count) }
        }
        rows.reset()
        for term in writers.keys.sorted() { try appendSegment(writers[term]!.bytes, of: term) }
    }

    /// Moves claim `id` in the matching index from the terms of `oldText` to those of `newText` (an edit of its text).
    func reindexPostings(ofClaim id: ClaimID, from oldText: String, to newText: String) throws(StoreError) {
        let keyStatement = try db.statement("SELECT \(Self.searchKey(score: "score", id: "id")) FROM claim WHERE id = ?")
        try keyStatement.bind(.integer(id.rawValue))
        guard try keyStatement.step() else { keyStatement.reset(); throw .claimNotFound(id) }
        let key = keyStatement.int64(0)
        keyStatement.reset()
        let tokenizer = try indexTokenizer()
        for term in Set(tokenizer.terms(oldText, document: true)).sorted() { try rewriteSegments(of: term, removing: key) }
        var counts: [String: Int] = [:]
        for term in tokenizer.terms(newText, document: true) { counts[term, default: 0] += 1 }
        for term in counts.keys.sorted() { try appendSegment(PostingList.encode([(key, counts[term]!)]), of: term) }
    }

    /// Stores `postings` as `term`'s next segment, merging the term's segments into one when they pass the limit.
    private func appendSegment(_ postings: [UInt8], of term: String) throws(StoreError) {
        let insert = try db.statement("""
            INSERT INTO claim_posting (term, segment, postings)
            SELECT ?1, coalesce(max(segment), 0) + 1, ?2 FROM claim_posting WHERE term = ?1 RETURNING segment
            """)
        try insert.bind(.text(term), .blob(postings))
        // The row is written by the first step; RETURNING then hands back its segment number.
        let segment = try insert.step() ? insert.int(0) : 0
        insert.reset()
        if segment > Self.postingSegmentLimit { try rewriteSegments(of: term, removing: nil) }
    }

    /// Rewrites `term`'s segments as one, without `key` when given.
    private func rewriteSegments(of term: String, removing key: Int64?) throws(StoreError) {
        var postings: [(key: Int64, count: Int)] = []
        try forEachPosting(of: term) { postings.append(($0, $1)) }
        if let key { postings.removeAll { $0.key == key } }
        postings.sort { $0.key < $1.key }
        try db.statement("DELETE FROM claim_posting WHERE term = ?").bind(.text(term)).run()
        guard !postings.isEmpty else { return }
        try db.statement("INSERT INTO claim_posting (term, segment, postings) VALUES (?, 1, ?)")
            .bind(.text(term), .blob(PostingList.encode(postings))).run()
    }

    /// What matching reads of a term (a statement of its own: compaction reads segments in order, inside a write).
    static let matchingPostingsSQL = "SELECT postings FROM claim_posting WHERE term = ?"

    /// Calls `body` with each posting of `term`, segment by segment.
    private func forEachPosting(of term: String, _ body: (_ key: Int64, _ count: Int) -> Void) throws(StoreError) {
        let read = try db.statement("SELECT postings FROM claim_posting WHERE term = ? ORDER BY segment")
        try read.bind(.text(term))
        defer { read.reset() }
        while try read.step() {
            guard read.withBlob(0, { PostingList.forEach(in: $0, body) }) else { throw Self.damagedPostings(term) }
        }
    }

    private static func damagedPostings(_ term: String) -> StoreError {
        .unexpected("the matching index holds a damaged entry for '\(term)'; restore the database from a backup")
    }

    /// The best-ranked stored claims for `phrases` (one index term each) with their IDF `weights`, from the matching
    /// index: ranked as `RankFunction` ranks the FTS5 query `claimCandidates` makes of the same phrases (its sums in
    /// the same order, ties by search key as FTS5 returns them), so the candidates are the same; then as there, the
    /// `limit + 20` best read and one article's claims, and every claim from `before` on, left out. Nil when a phrase
    /// is not exactly one index term, or claim ids pass what the scores' table holds: the caller asks FTS5.
    func claimCandidates(
        phrases: [String], weights: [Double], limit: Int, excludingArticle: ArticleID?, before: ClaimID?
    ) throws(StoreError) -> [MatchCandidate]? {
        try indexPendingText()
        let tokenizer = try indexTokenizer()
        var terms: [String] = []
        for phrase in phrases {
            let found = tokenizer.terms(phrase)
            guard found.count == 1 else { return nil }
            terms.append(found[0])
        }
        // The table is taken out of the connection's state while it is filled: a local value is written without the
        // run-time exclusivity check every access to a class's stored array pays (a fifth of matching's time).
        var scores = matchingState.scores
        matchingState.scores = PostingScores()
        defer {
            scores.clear()
            matchingState.scores = scores
        }
        let read = try db.statement(Self.matchingPostingsSQL)
        for (term, weight) in zip(terms, weights) {
            try read.bind(.text(term))
            defer { read.reset() }
            while try read.step() {
                guard read.withBlob(0, { scores.add(segment: $0, weight: weight) }) else { throw Self.damagedPostings(term) }
            }
        }
        guard !scores.overflowed else { return nil }
        let row = try db.statement("""
            SELECT c.text, c.status, c.article_id, a.published FROM claim c JOIN article a ON a.id = c.article_id
            WHERE c.id = ? AND c.article_id IS NOT ? AND c.id < ?
            """)
        var result: [MatchCandidate] = []
        for best in scores.best(limit + 20) where result.count < limit {
            let id = best.key & 0xFFFF_FFFF
            try row.bind(.integer(id), excludingArticle.map { .integer($0.rawValue) } ?? .null, .integer(before?.rawValue ?? Int64.max))
            if try row.step() {
                result.append(MatchCandidate(
                    target: .claim(ClaimID(id)), text: row.text(0), bm25: -best.score, status: ClaimStatus(rawValue: row.text(1)),
                    articleID: ArticleID(row.int64(2)), published: row.optionalText(3)
                ))
            }
            row.reset()
        }
        return result
    }
}

/// Each claim's score while one text's postings are read: a table by claim id, cleared after each text (only the
/// claims touched), kept by the connection so its memory is made once.
struct PostingScores {
    /// Claim ids the table grows to hold (16 bytes each): past them, `overflowed` and matching asks FTS5.
    static let idLimit = 1 << 23

    private var scores: [Double] = []
    private var keys: [Int64] = []
    private var touched: [Int] = []
    private(set) var overflowed = false

    /// Adds each posting of a segment of a phrase's term, as `RankFunction` scores a phrase held `count` times:
    /// weight × tf·(k1 + 1) / (tf + k1). False when the segment's bytes are damaged.
    mutating func add(segment: UnsafeRawBufferPointer, weight: Double) -> Bool {
        PostingList.forEach(in: segment) { key, count in
            guard weight != 0 else { return add(key: key, 0) }
            let tf = Double(count)
            add(key: key, weight * tf * (RankFunction.k1 + 1) / (tf + RankFunction.k1))
        }
    }

    /// Adds `value` to the score of the claim whose search key is `key`.
    private mutating func add(key: Int64, _ value: Double) {
        let id = Int(key & 0xFFFF_FFFF)
        guard id < Self.idLimit else { overflowed = true; return }
        if id >= scores.count {
            let size = max(id + 1, scores.count * 2, 1_024)
            scores += repeatElement(0, count: size - scores.count)
            keys += repeatElement(0, count: size - keys.count)
        }
        if keys[id] == 0 {
            keys[id] = key
            touched.append(id)
        }
        scores[id] += value
    }

    /// The `count` best claims, best first: highest score, then lowest search key (FTS5's order for equal ranks).
    func best(_ count: Int) -> [(key: Int64, score: Double)] {
        var top: [(key: Int64, score: Double)] = []
        top.reserveCapacity(count + 1)
        func better(_ a: (key: Int64, score: Double), _ b: (key: Int64, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : a.key < b.key
        }
        for id in touched {
            let candidate = (key: keys[id], score: scores[id])
            if top.count == count, let last = top.last, !better(candidate, last) { continue }
            var index = top.count
            while index > 0, better(candidate, top[index - 1]) { index -= 1 }
            top.insert(candidate, at: index)
            if top.count > count { top.removeLast() }
        }
        return top
    }

    /// Back to no scores, for the next text.
    mutating func clear() {
        for id in touched {
            scores[id] = 0
            keys[id] = 0
        }
        touched.removeAll(keepingCapacity: true)
        overflowed = false
    }
}
