/// The matching index (`claim_posting`, `review_posting`; schema.sql): each index term's claims and reviews as
/// `PostingList` segments, caught up with `claim_fts` by the next match (`catchUpMatchingIndex`) and with `review_fts`
/// in the import that feeds it. Matching reads a term's rows in one or a few segments and ranks them itself, exactly as
/// the full-text queries rank them, instead of stepping FTS5 through every row that holds a word of the text
/// (BENCHMARKS.md, issue 16).
extension FactCheckStore {
    /// How many segments of about the same size are merged into one: a batch adds a segment to each term it holds,
    /// and a term's segments are kept in tiers (sizes within a factor of this number), so a posting is rewritten
    /// about once a tier (log₄ of its term's rows) and a term is read in at most three segments a tier.
    static let postingMergeFanIn = 4

    /// Adds the claims `condition` (with one bound value) selects to the matching index: one new segment for each
    /// term they hold. Called for the claims the index is owed (`catchUpMatchingIndex`) and for a changed one.
    func indexClaimPostings(ofClaimsWhere condition: String, _ value: SQLValue, holding limit: Int = postingsHeld) throws(StoreError) {
        let tokenizer = try indexTokenizer()
        // Terms numbered by their bytes; each term's postings in the order the rows come (by id), sorted by key at
        // the end, rather than the rows sorted by key in SQL (whose sorter copied every claim's text).
        // Written out every `postingsHeld` postings, so one huge article's claims are not all held at once.
        var terms = TermInterner()
        var postings: [[(key: Int64, count: Int)]] = []
        var lastRow: [Int] = []
        var (row, held) = (0, 0)
        func flush() throws(StoreError) {
            try appendSegments((0..<terms.count).map { index in
                let list = postings[index].sorted { $0.key < $1.key }
                return (terms.term(index), PostingList<ClaimPostings>.encode(list), list.count)
            }, in: .claims)
            (terms, postings, lastRow, held) = (TermInterner(), [], [], 0)
        }
        let rows = try db.statement("SELECT \(Self.searchKey(score: "score", id: "id")), text FROM claim WHERE \(condition)")
        try rows.bind(value)
        defer { rows.reset() }
        while try rows.step() {
            let key = rows.int64(0)
            row += 1
            tokenizer.forEachTerm(rows.text(1)) { bytes in
                let term = terms.number(of: bytes)
                if term == postings.count {
                    postings.append([])
                    lastRow.append(0)
                }
                if lastRow[term] == row {
                    postings[term][postings[term].count - 1].count += 1
                } else {
                    postings[term].append((key, 1))
                    lastRow[term] = row
                    held += 1
                }
            }
            if held >= limit { try flush() }
        }
        try flush()
    }

    /// Postings a write holds before it stores them as segments (16 bytes each).
    static let postingsHeld = 400_000

    /// Brings the matching index up to date with the claims and reviews changed since it was last written: the
    /// triggers on their text (and a claim's score, its key) queue each changed row's old key and text in
    /// `posting_stale`; each is taken out of its old terms and, if the row is still there, indexed again as it is now.
    /// Called inside the write that changed them (an edit, an import); until then, matching reads FTS5 instead.
    func refreshStalePostings() throws(StoreError) {
        // Claims a batch has not fed to the full-text index yet become owed first, so a changed one is left to the
        // catch-up (below) rather than indexed here and again then.
        try indexPendingText()
        // Only rows queued here: claims merely owed to the index are the catch-up's, and leave nothing to do.
        guard try db.integer("SELECT EXISTS (SELECT 1 FROM posting_stale)") != 0 else { return }
        var stale: [(index: MatchIndex, id: Int64, key: Int64, text: String, headline: String?)] = []
        let read = try db.statement("SELECT index_name, row_id, old_key, old_text, old_headline FROM posting_stale ORDER BY 1, 2")
        while try read.step() {
            stale.append((read.text(0) == "review" ? .reviews : .claims, read.int64(1), read.int64(2), read.text(3), read.optionalText(4)))
        }
        read.reset()
        let tokenizer = try indexTokenizer()
        // Out of the terms of its old text and of its text now (a row may already be indexed as it is now: a claim
        // changed before the batch that stored it fed the indexes), then indexed once as it is now.
        let claimNow = try db.statement("SELECT \(Self.searchKey(score: "score", id: "id")), text FROM claim WHERE id = ?")
        let reviewNow = try db.statement("SELECT claim_reviewed, headline FROM review WHERE id = ?")
        // Claims the index is owed are not in it: they are indexed as they are then (`catchUpMatchingIndex`).
        let owed = try owedClaimPostings() ?? Int64.max
        for row in stale {
            switch row.index {
            case .claims:
                guard row.id < owed else { continue }
                var held = Set(tokenizer.terms(row.text, document: true)).map { (term: $0, key: row.key) }
                try claimNow.bind(.integer(row.id))
                if try claimNow.step() {
                    let key = claimNow.int64(0)
                    held += Set(tokenizer.terms(claimNow.text(1), document: true)).map { (term: $0, key: key) }
                }
                claimNow.reset()
                for (term, key) in held.sorted(by: { ($0.term, $0.key) < ($1.term, $1.key) }) {
                    try removePosting(ClaimPostings.self, key: key, from: term)
                }
                try indexClaimPostings(ofClaimsWhere: "id = ?", .integer(row.id))
            case .reviews:
                var terms = Set(try reviewPostings(id: row.id, claim: row.text, headline: row.headline).map(\.term))
                try reviewNow.bind(.integer(row.id))
                if try reviewNow.step() {
                    let (claim, headline) = (reviewNow.text(0), reviewNow.optionalText(1))
                    terms.formUnion(try reviewPostings(id: row.id, claim: claim, headline: headline).map(\.term))
                }
                reviewNow.reset()
                for term in terms.sorted() { try removePosting(ReviewPostings.self, key: row.key, from: term) }
                try indexReviewPostings(ofReviewsWhere: "id = ?", .integer(row.id))
            }
        }
        try db.execute("DELETE FROM posting_stale")
    }

    /// Whether rows changed since the matching index was last written, or claims it is owed, are waiting for it (see
    /// `refreshStalePostings`, `catchUpMatchingIndex`): for `index`'s readers, or (nil) for either. Owed claims leave
    /// the reviews' index as it is.
    func hasStalePostings(_ index: MatchIndex? = nil) throws(StoreError) -> Bool {
        let statement = try db.statement("SELECT EXISTS (SELECT 1 FROM posting_stale) OR (? AND EXISTS (SELECT 1 FROM posting_owed))")
        try statement.bind(.integer(index == .reviews ? 0 : 1))
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(0) != 0
    }

    /// Adds the reviews `condition` (with one bound value) selects to the matching index, as `indexClaimPostings`.
    func indexReviewPostings(ofReviewsWhere condition: String, _ value: SQLValue) throws(StoreError) {
        var writers: [String: PostingList<ReviewPostings>.Writer] = [:]
        let rows = try db.statement("SELECT id, claim_reviewed, headline FROM review WHERE \(condition) ORDER BY id")
        try rows.bind(value)
        while try rows.step() {
            for (term, posting) in try reviewPostings(id: rows.int64(0), claim: rows.text(1), headline: rows.optionalText(2)) {
                writers[term, default: .init()].append(posting)
            }
        }
        rows.reset()
        try appendSegments(writers.map { ($0.key, $0.value.bytes, $0.value.count) }, in: .reviews)
    }

    /// A review's posting for each term its claim and headline hold, terms in order.
    private func reviewPostings(id: Int64, claim: String, headline: String?) throws(StoreError) -> [(term: String, posting: ReviewPostings.Posting)] {
        let tokenizer = try indexTokenizer()
        let claimTerms = tokenizer.terms(claim, document: true)
        let headlineTerms = headline.map { tokenizer.terms($0, document: true) } ?? []
        var counts: [String: (claim: Int, headline: Int)] = [:]
        for term in claimTerms { counts[term, default: (0, 0)].claim += 1 }
        for term in headlineTerms { counts[term, default: (0, 0)].headline += 1 }
        let length = claimTerms.count + headlineTerms.count
        return counts.keys.sorted().map { term in (term, (id, counts[term]!.claim, counts[term]!.headline, length)) }
    }

    /// Stores each term's `postings` as its next segment (one statement for many terms, after one reading their
    /// segment numbers), then merges a term's segments of one tier when there are `postingMergeFanIn` of them.
    private func appendSegments(_ segments: [(term: String, postings: [UInt8], documents: Int)], in index: MatchIndex) throws(StoreError) {
        guard !segments.isEmpty else { return }
        let table = Self.postingTable(index)
        let held = try db.statement("""
            SELECT term, max(segment), count(*) FROM \(table) WHERE term IN (SELECT value FROM json_each(?)) GROUP BY term
            """)
        try held.bind(.text(Self.jsonArray(segments.map(\.term))))
        var existing: [String: (last: Int64, count: Int)] = [:]
        while try held.step() { existing[held.text(0)] = (held.int64(1), held.int(2)) }
        held.reset()
        var values: [SQLValue] = []
        values.reserveCapacity(segments.count * 4)
        var full: [String] = []
        for segment in segments.sorted(by: { $0.term < $1.term }) {
            let (last, count) = existing[segment.term] ?? (0, 0)
            values += [.text(segment.term), .integer(last + 1), .integer(Int64(segment.documents)), .blob(segment.postings)]
            if count + 1 >= Self.postingMergeFanIn { full.append(segment.term) }
        }
        let insert = index == .claims ? matchingState.claimPostingInsert : matchingState.reviewPostingInsert
        try insert.run(values, in: db)
        for term in full {
            switch index {
            case .claims: try mergeTier(ClaimPostings.self, of: term)
            case .reviews: try mergeTier(ReviewPostings.self, of: term)
            }
        }
    }

    /// Merges `term`'s segments of the lowest tier that has `postingMergeFanIn` of them into one, and again while the
    /// merged segment fills a tier above. A segment's tier is ⌊log₄ of its rows⌋; only the `documents` column is read
    /// to choose (the postings are stored after it, so their pages are not).
    private func mergeTier<Format: PostingFormat>(_ format: Format.Type, of term: String) throws(StoreError) {
        let table = Self.postingTable(Format.index)
        func tier(_ documents: Int) -> Int {
            var (tier, rest) = (0, documents)
            while rest >= Self.postingMergeFanIn { rest /= Self.postingMergeFanIn; tier += 1 }
            return tier
        }
        while true {
            let sizes = try db.statement("SELECT segment, documents FROM \(table) WHERE term = ? ORDER BY segment")
            try sizes.bind(.text(term))
            var byTier: [Int: [Int64]] = [:]
            var last: Int64 = 0
            while try sizes.step() {
                byTier[tier(sizes.int(1)), default: []].append(sizes.int64(0))
                last = sizes.int64(0)
            }
            sizes.reset()
            guard let full = byTier.keys.sorted().first(where: { byTier[$0]!.count >= Self.postingMergeFanIn }) else { return }
            try replaceSegments(Format.self, byTier[full]!, of: term, with: try postings(Format.self, of: term, in: byTier[full]!), as: last + 1)
        }
    }

    /// Takes the row `key` out of `term`'s segments, which are then rewritten as one; nothing is written when no
    /// segment holds it (the terms of an edited row's text now are asked too, and seldom hold it).
    private func removePosting<Format: PostingFormat>(_ format: Format.Type, key: Int64, from term: String) throws(StoreError) {
        let table = Self.postingTable(Format.index)
        let segments = try db.statement("SELECT segment FROM \(table) WHERE term = ? ORDER BY segment")
        try segments.bind(.text(term))
        var all: [Int64] = []
        while try segments.step() { all.append(segments.int64(0)) }
        segments.reset()
        var held = try postings(Format.self, of: term, in: all)
        guard held.contains(where: { Format.key(of: $0) == key }) else { return }
        held.removeAll { Format.key(of: $0) == key }
        try replaceSegments(Format.self, all, of: term, with: held, as: 1)
    }

    /// The postings of `term`'s `segments`, in key order.
    private func postings<Format: PostingFormat>(_ format: Format.Type, of term: String, in segments: [Int64]) throws(StoreError) -> [Format.Posting] {
        var postings: [Format.Posting] = []
        let read = try db.statement("SELECT postings FROM \(Self.postingTable(Format.index)) WHERE term = ? AND segment = ?")
        for segment in segments {
            try read.bind(.text(term), .integer(segment))
            defer { read.reset() }
            while try read.step() {
                guard read.withBlob(0, { PostingList<Format>.forEach(in: $0) { postings.append($0) } }) else { throw damagedPostings }
            }
        }
        postings.sort { Format.key(of: $0) < Format.key(of: $1) }
        // A row held twice (two segments with the same row) is no index the store writes: the database is damaged,
        // and rewriting it would stop at the segment format's ascending-key precondition.
        for k in postings.indices.dropFirst() where Format.key(of: postings[k]) == Format.key(of: postings[k - 1]) {
            throw damagedPostings
        }
        return postings
    }

    /// Deletes `term`'s `segments` and stores `postings` (in key order) as its segment numbered `number`, if any.
    private func replaceSegments<Format: PostingFormat>(
        _ format: Format.Type, _ segments: [Int64], of term: String, with postings: [Format.Posting], as number: Int64
    ) throws(StoreError) {
        let table = Self.postingTable(Format.index)
        for segment in segments {
            try db.statement("DELETE FROM \(table) WHERE term = ? AND segment = ?").bind(.text(term), .integer(segment)).run()
        }
        guard !postings.isEmpty else { return }
        try db.statement("INSERT INTO \(table) (term, segment, documents, postings) VALUES (?, ?, ?, ?)")
            .bind(.text(term), .integer(number), .integer(Int64(postings.count)), .blob(PostingList<Format>.encode(postings))).run()
    }

    static func postingTable(_ index: MatchIndex) -> String {
        switch index {
        case .claims: "claim_posting"
        case .reviews: "review_posting"
        }
    }

    /// A segment whose bytes do not read as one: the database is damaged, as SQLite's own checks would say.
    private var damagedPostings: StoreError { .damaged(path: path) }

    /// What matching reads of a term (statements of their own: compaction reads segments in order, inside a write).
    static func matchingPostingsSQL(_ index: MatchIndex) -> String {
        "SELECT documents, postings FROM \(postingTable(index)) WHERE term = ?"
    }

    /// The index term of each phrase; nil when a phrase is not exactly one (only FTS5 can match it).
    private func singleTerms(_ phrases: [String]) throws(StoreError) -> [String]? {
        let tokenizer = try indexTokenizer()
        var terms: [String] = []
        for phrase in phrases {
            let found = tokenizer.terms(phrase)
            guard found.count == 1 else { return nil }
            terms.append(found[0])
        }
        return terms
    }

    /// The best-ranked stored claims for `phrases` (one index term each) with their IDF `weights`, from the matching
    /// index: ranked as `RankFunction` ranks the FTS5 query `claimCandidates` makes of the same phrases (its sums in
    /// the same order, ties by search key as FTS5 returns them), so the candidates are the same; then as there, the
    /// `limit + 20` best read and one article's claims, and every claim from `before` on, left out. Nil when a phrase
    /// is not exactly one index term, claim ids pass what the scores' table holds, or changed rows are waiting for the
    /// index (`refreshStalePostings`): the caller asks FTS5.
    func claimCandidates(
        phrases: [String], weights: [Double], limit: Int, excludingArticle: ArticleID?, before: ClaimID?
    ) throws(StoreError) -> [MatchCandidate]? {
        try indexPendingText()
        guard try !hasStalePostings(.claims), let terms = try singleTerms(phrases) else { return nil }
        let read = try db.statement(Self.matchingPostingsSQL(.claims))
        let ranked = try bestScores(of: .claims, count: limit + 20) { scores throws(StoreError) in
            for (term, weight) in zip(terms, weights) {
                try read.bind(.text(term))
                defer { read.reset() }
                while try read.step() {
                    let intact = read.withBlob(1) { bytes in
                        scores.add(ClaimPostings.self, segment: bytes) { posting in
                            // RankFunction: weight × tf·(k1 + 1) / (tf + k1) for a phrase held tf times.
                            guard weight != 0 else { return 0 }
                            let tf = Double(posting.count)
                            return weight * tf * (RankFunction.k1 + 1) / (tf + RankFunction.k1)
                        }
                    }
                    guard intact else { throw damagedPostings }
                }
            }
        }
        guard let ranked else { return nil }
        let row = try db.statement("""
            SELECT c.text, c.status, c.article_id, a.published FROM claim c JOIN article a ON a.id = c.article_id
            WHERE c.id = ? AND c.article_id IS NOT ? AND c.id < ?
            """)
        var result: [MatchCandidate] = []
        for best in ranked where result.count < limit {
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

    /// The best-ranked imported reviews for `phrases` (one index term each), from the matching index: ranked as FTS5's
    /// `bm25(review_fts, 1, headlineWeight)` ranks the query `fts` of the same phrases (its IDF from the phrases' row
    /// counts, each row's length against FTS5's own average, the sums in the same order, ties by id), so the candidates
    /// are those of `reviewCandidates(_:limit:headlineWeight:)`. Nil when a phrase is not exactly one index term, or
    /// changed rows are waiting for the index.
    func reviewCandidates(fts: String, phrases: [String], limit: Int, headlineWeight: Double) throws(StoreError) -> [MatchCandidate]? {
        guard try !hasStalePostings(.reviews), let terms = try singleTerms(phrases) else { return nil }
        guard let totals = try reviewIndexTotals(fts) else { return [] }
        // Each term's segments, and how many reviews hold it (bm25()'s IDF counts them), before any is scored.
        let read = try db.statement(Self.matchingPostingsSQL(.reviews))
        var segments: [[[UInt8]]] = []
        var idfs: [Double] = []
        for term in terms {
            try read.bind(.text(term))
            var held = 0
            var bytes: [[UInt8]] = []
            while try read.step() {
                held += read.int(0)
                bytes.append(read.withBlob(1) { Array($0) })
            }
            read.reset()
            segments.append(bytes)
            idfs.append(RankFunction.idf(documents: held, total: Int(totals.rows)))
        }
        // bm25(): Σ over phrases of IDF × f·(k1 + 1) / (f + k1·(1 − b + b·D / avgdl)), f the row's instances of the
        // phrase each weighted by its column, D the row's length; the same operations in the same order.
        let (k1, b) = (1.2, 0.75)
        let averageLength = Double(totals.tokens) / Double(totals.rows)
        let ranked = try bestScores(of: .reviews, count: limit) { scores throws(StoreError) in
            for (index, idf) in idfs.enumerated() {
                for segment in segments[index] {
                    let intact = segment.withUnsafeBytes { bytes in
                        scores.add(ReviewPostings.self, segment: bytes) { posting in
                            var frequency = 0.0
                            for _ in 0..<posting.claimCount { frequency += 1 }
                            for _ in 0..<posting.headlineCount { frequency += headlineWeight }
                            let length = Double(posting.length)
                            return idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength)))
                        }
                    }
                    guard intact else { throw damagedPostings }
                }
            }
        }
        guard let ranked else { return nil }
        let row = try db.statement("""
            SELECT r.claim_reviewed, r.headline, r.rating_name, r.rating_value, r.best_rating, r.worst_rating,
                   coalesce(r.claim_date, r.published)
            FROM review r WHERE r.id = ?
            """)
        var result: [MatchCandidate] = []
        for best in ranked {
            try row.bind(.integer(best.key))
            if try row.step() { result.append(Self.reviewCandidate(row, id: best.key, rank: -1.0 * best.score)) }
            row.reset()
        }
        return result
    }

    /// The `count` best rows once `fill` has added a text's postings to the connection's scores (sized to the index's
    /// largest id first); nil when an id passed what the table holds. The table is taken out of the connection's state
    /// while it is filled: a local value is written without the run-time exclusivity check every access to a class's
    /// stored array pays (a fifth of matching's time).
    private func bestScores(
        of index: MatchIndex, count: Int, _ fill: (inout PostingScores) throws(StoreError) -> Void
    ) throws(StoreError) -> [(key: Int64, score: Double)]? {
        var scores = matchingState.scores
        matchingState.scores = PostingScores()
        defer {
            scores.clear()
            matchingState.scores = scores
        }
        guard scores.prepare(upTo: try largestID(in: index)) else { return nil }
        try fill(&scores)
        return scores.overflowed ? nil : scores.best(count)
    }

    /// The largest claim or review id (0 when there is none): the scores' table is made that large before reading.
    private func largestID(in index: MatchIndex) throws(StoreError) -> Int {
        let statement = try db.statement(index == .claims ? "SELECT coalesce(max(id), 0) FROM claim" : "SELECT coalesce(max(id), 0) FROM review")
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(0)
    }

    /// FTS5's own row count and token total of `review_fts`, which `bm25()` normalises by (read through a ranking
    /// function on the first row `fts` matches); nil when it matches none.
    private func reviewIndexTotals(_ fts: String) throws(StoreError) -> (rows: Int64, tokens: Int64)? {
        if !matchingState.totalsRegistered {
            try IndexTotalsFunction.register(on: db)
            matchingState.totalsRegistered = true
        }
        let statement = try db.statement("""
            SELECT \(IndexTotalsFunction.name)(review_fts, 0), \(IndexTotalsFunction.name)(review_fts, 1)
            FROM review_fts WHERE review_fts MATCH ? LIMIT 1
            """)
        try statement.bind(.text(fts))
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return (statement.int64(0), statement.int64(1))
    }
}

/// Each row's score while one text's postings are read: a table by claim or review id, cleared after each text (only
/// the rows touched), kept by the connection so its memory is made once.
struct PostingScores {
    /// Ids the table grows to hold (16 bytes each): past them, `overflowed` and matching asks FTS5.
    static let idLimit = 1 << 23

    private var scores: [Double] = []
    private var keys: [Int64] = []
    private var touched: [Int] = []
    private(set) var overflowed = false

    /// Makes the table hold ids up to `largest`; false past `idLimit`.
    mutating func prepare(upTo largest: Int) -> Bool {
        guard largest < Self.idLimit else { return false }
        if largest >= scores.count {
            let size = max(largest + 1, scores.count * 2, 1_024)
            scores += repeatElement(0, count: size - scores.count)
            keys += repeatElement(0, count: size - keys.count)
        }
        return true
    }

    /// Adds `contribution` of each posting of a segment to the score of its row (keyed by a claim's search key or a
    /// review's id), over the table's memory in place. False when the segment's bytes are damaged; a row past the
    /// prepared size (which the index never holds) sets `overflowed`.
    @inline(__always)
    mutating func add<Format: PostingFormat>(
        _ format: Format.Type, segment: UnsafeRawBufferPointer, contribution: (Format.Posting) -> Double
    ) -> Bool {
        var outside = false
        let intact = scores.withUnsafeMutableBufferPointer { scores in
            keys.withUnsafeMutableBufferPointer { keys in
                PostingList<Format>.forEach(in: segment) { posting in
                    let key = Format.key(of: posting)
                    let id = Int(key & 0xFFFF_FFFF)
                    guard id < scores.count else { outside = true; return }
                    if keys[id] == 0 {
                        keys[id] = key
                        touched.append(id)
                    }
                    scores[id] += contribution(posting)
                }
            }
        }
        if outside { overflowed = true }
        return intact
    }

    /// The `count` best rows, best first: highest score, then lowest key (FTS5's order for equal ranks).
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
