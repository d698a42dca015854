import Foundation

/// Where the matcher looks.
public struct MatchScope: Sendable, Equatable {
    public var claims: Bool
    public var reviews: Bool
    /// Leave this article's claims out (a claim is not "checked before" by its own article).
    public var excludingArticle: ArticleID?
    /// Only claims older than this one (matches point from a newer claim to an earlier one).
    public var before: ClaimID?

    public init(claims: Bool = true, reviews: Bool = true, excludingArticle: ArticleID? = nil, before: ClaimID? = nil) {
        self.claims = claims
        self.reviews = reviews
        self.excludingArticle = excludingArticle
        self.before = before
    }
}

/// Finds, for a claim or any text, the earlier claims and published fact-checks that make the same statement.
///
/// Two steps, both transparent. Retrieval: the full-text indexes (porter stemmer, BM25, reviews weighted by
/// column) return the best few dozen candidates for an OR of the text's content words. Re-ranking: each
/// candidate gets a similarity from 0 to 1, the overlap of content words weighted by how rare each word is
/// (IDF, from the same indexes), blended with its BM25 rank and lifted when it was published close in time to
/// the text. Then each is classified: `same` when the statements overlap enough and every figure agrees,
/// `changed` when they overlap enough and figures in the same places differ, else `related`; below
/// `relatedThreshold`, no match. A claim under `shortClaimWords` words is never more than `related`: short
/// sentences overlap by accident.
public final class ClaimMatcher {
    public struct Settings: Sendable {
        /// Candidates read from each index before re-ranking.
        public var candidates = 30
        /// Similarity at or above which a statement with the same figures is the same claim.
        public var sameThreshold = 0.62
        /// Similarity at or above which a statement with a figure changed is the same claim, changed.
        public var changedThreshold = 0.55
        /// Similarity below which a candidate is not a match at all.
        public var relatedThreshold = 0.5
        /// Claims with fewer words are never more than `related`.
        public var shortClaimWords = 8
        /// Weight of the BM25 rank against the similarity when ordering candidates.
        public var bm25Weight = 0.85
        /// BM25 weight of a review's headline column against its claim column (1).
        public var headlineWeight = 1.0
        /// How much a review's headline counts against its claim in the similarity.
        public var headlineSimilarity = 0.9
        /// Words in more than this share of an index's documents are left out of its retrieval query (an index of
        /// at least 1,000): they match nearly everything and cost a BM25 score per match.
        public var commonTermShare = 0.1
        /// Retrieval reads at most this many of the text's terms, the rarest in each index: each word read costs a
        /// BM25 score for every document holding it. 8 cost MAP@5 on the CLEF sets (0.911 → 0.843, 0.874 → 0.732,
        /// 0.381 → 0.336), so the cap stays at the old 64 until a cheaper retrieval keeps the quality.
        public var retrievalTerms = 64
        /// Retrieval stops adding terms, rarest first, once the documents they hold would pass this many: BM25 scores
        /// every document holding any term read, so this bounds a query's cost however common its words are in a
        /// large archive. The `minimumRetrievalTerms` rarest are read whatever they hold.
        public var retrievalPostings = Int.max
        public var minimumRetrievalTerms = 4
        /// How much being published close in time to the text lifts a candidate in the ranking (only when both dates
        /// are known): a fact-check usually follows the claim it checks within days, and a claim is usually repeated
        /// while its story runs. The lift is `timeWeight × e^(−days apart / timeScaleDays)`; it orders candidates and
        /// never changes a match's score or relation.
        public var timeWeight = 0.3
        public var timeScaleDays = 7.0
        /// Rank the stored claims with FTS5's own `bm25()` (length-normalised, its IDF counted on every query)
        /// instead of `RankFunction` (the IDF matching has read, no per-document size). Claims are single
        /// sentences, so their length says little, while `bm25()` costs a table lookup for every claim holding a
        /// query term. Imported fact-checks, whose texts differ more in length, are always ranked by `bm25()`: without
        /// the length, MAP@5 fell on every CLEF set (0.921 → 0.918, 0.939 → 0.936, 0.415 → 0.383).
        public var fts5BM25 = false
        /// Read candidates from the matching index (`claim_posting`, `review_posting`) instead of queries of
        /// `claim_fts` and `review_fts`: the same candidates in the same order (`RankFunction`'s and `bm25()`'s scores,
        /// summed the same way), without FTS5 stepping through every row that holds a word of the text. Off only to
        /// compare the two.
        public var postings = true

        public init() {}
    }

    let store: FactCheckStore
    public var settings: Settings
    private var frequencies: [String: Double] = [:]
    private var documentFrequencies: [MatchIndex: [String: Int]] = [:]
    private var documentCounts: [MatchIndex: Int] = [:]
    /// Candidate texts already prepared, by text: the same earlier claims and reviews come back for many claims
    /// (a refresh of 571 claims read 34,260 candidates, 11,346 distinct), and preparing one cost more than its
    /// retrieval. A text's preparation never changes, and its weights use the IDF this matcher keeps anyway.
    private var prepared: [TextBytes: PreparedText] = [:]
    /// Texts kept prepared before the cache starts again (a few KB each).
    static let preparedTextLimit = 20_000
    /// Candidates' dates as day numbers, by the date as stored: the same few dates come back for many candidates.
    private var days: [String: Int?] = [:]

    public init(store: FactCheckStore, settings: Settings = Settings()) {
        self.store = store
        self.settings = settings
    }

    /// The matches of `text` worth showing (at or above the related threshold), best first.
    /// `published` is when the text was published (an article's date, as stored); without it, the date of a pasted
    /// post's signature line is used, if any.
    public func matches(
        for text: String, in scope: MatchScope = MatchScope(), published: String? = nil, limit: Int = 5
    ) throws(StoreError) -> [ClaimMatch] {
        let shown = try ranked(text, in: scope, published: published, limit: .max).filter { $0.score >= settings.relatedThreshold }
        // The ranking may put related statements first (close in time, or ranked high by BM25): within `limit`, the
        // same statement (figures changed or not) checked before comes first, then the same statement unchecked
        // (a copy of a wire story), then related ones; shown in the ranking's order.
        func tier(_ match: ClaimMatch) -> Int { match.relation == .related ? 2 : match.isChecked ? 0 : 1 }
        let kept = Set((0...2).flatMap { level in shown.filter { tier($0) == level } }.prefix(limit).map(\.target))
        return shown.filter { kept.contains($0.target) }
    }

    /// Every candidate of `text`, re-ranked and classified, best first, without the threshold (evaluation reads
    /// this ranking; `matches` cuts it at the threshold and chooses what `limit` shows).
    public func ranked(
        _ text: String, in scope: MatchScope = MatchScope(), published: String? = nil, limit: Int = 5
    ) throws(StoreError) -> [ClaimMatch] {
        let query = MatchText(text)
        let day = published.flatMap(DateText.dayNumber) ?? query.day
        guard !query.terms.isEmpty else { return [] }
        var candidates: [MatchCandidate] = []
        if scope.reviews, let (fts, phrases, _) = try retrievalQuery(query, in: .reviews) {
            var indexed: [MatchCandidate]?
            if settings.postings {
                indexed = try store.reviewCandidates(fts: fts, phrases: phrases, limit: settings.candidates, headlineWeight: settings.headlineWeight)
            }
            if indexed == nil {
                indexed = try store.reviewCandidates(fts, limit: settings.candidates, headlineWeight: settings.headlineWeight)
            }
            candidates += normalised(indexed ?? [])
        }
        if scope.claims, let (fts, phrases, weights) = try retrievalQuery(query, in: .claims) {
            var indexed: [MatchCandidate]?
            if settings.postings, let weights {
                indexed = try store.claimCandidates(
                    phrases: phrases, weights: weights, limit: settings.candidates, excludingArticle: scope.excludingArticle,
                    before: scope.before
                )
            }
            if indexed == nil {
                indexed = try store.claimCandidates(
                    fts, limit: settings.candidates, excludingArticle: scope.excludingArticle, before: scope.before,
                    phraseWeights: weights
                )
            }
            candidates += normalised(indexed ?? [])
        }
        guard !candidates.isEmpty else { return [] }
        // The text's own word weights, once for all its candidates.
        let queryWeights = try TermWeights(query, idf: idf)
        var scored: [(match: ClaimMatch, rank: Double)] = []
        for candidate in candidates {
            let match = try classify(query, weighted: queryWeights, against: candidate)
            var rank = settings.bm25Weight * candidate.bm25 + (1 - settings.bm25Weight) * match.score
            if settings.timeWeight > 0, let day, let other = candidate.published.flatMap(dayNumber) {
                rank += settings.timeWeight * exp(-Double(abs(other - day)) / settings.timeScaleDays)
            }
            scored.append((match, rank))
        }
        scored.sort { $0.rank != $1.rank ? $0.rank > $1.rank : $0.match.score > $1.match.score }
        return scored.prefix(limit).map(\.match)
    }

    /// BM25 ranks made comparable across indexes: each candidate's rank over the best one's, 0 to 1.
    private func normalised(_ candidates: [MatchCandidate]) -> [MatchCandidate] {
        guard let best = candidates.map(\.bm25).min(), best < 0 else { return candidates }
        return candidates.map { var c = $0; c.bm25 = c.bm25 / best; return c }
    }

    private func classify(
        _ query: MatchText, weighted queryWeights: TermWeights, against candidate: MatchCandidate
    ) throws(StoreError) -> ClaimMatch {
        let candidateText = try prepare(candidate.text)
        let other = candidateText.text
        var similarity = Self.overlap(queryWeights, candidateText.weights)
        if let headline = candidate.headline {
            similarity = max(similarity, settings.headlineSimilarity * Self.overlap(queryWeights, try prepare(headline).weights))
        }
        let shared = query.stems.intersection(other.stems)
        let sharedWords = query.terms.filter { MatchText.isWord($0) && shared.contains(MatchText.stem($0)) }
        var reason = "\(shared.count) of \(query.stems.count) content words shared"
        if !sharedWords.isEmpty { reason += " (" + sharedWords.prefix(6).joined(separator: ", ") + ")" }
        let figures = FigureComparison(earlier: other.figures, later: query.figures)
        var relation = MatchRelation.related
        var changes: [FigureChange] = []
        let short = min(query.wordCount, other.wordCount) < settings.shortClaimWords
        switch figures {
        case .none, .agree:
            if similarity >= settings.sameThreshold {
                if short {
                    reason += "; short claim, so at most related"
                } else {
                    relation = .same
                    reason += figures == .agree ? "; every figure agrees" : "; no figures"
                }
            }
        case .changed(let found):
            changes = found
            let list = found.map { "\($0.from) → \($0.to)" }.joined(separator: ", ")
            if similarity >= settings.changedThreshold, !short {
                relation = .changed
                reason += "; figure changed: " + list
            } else {
                reason += "; figures differ: " + list + (short ? "; short claim, so at most related" : "")
            }
        case .unpaired:
            reason += "; figures do not pair up"
        }
        let (status, rating, article): (ClaimStatus?, String?, ArticleID?) = (candidate.status, candidate.rating, candidate.articleID)
        return ClaimMatch(
            relation: relation, score: min(1, max(0, similarity)), reason: reason, target: candidate.target,
            text: candidate.text, status: status, rating: rating, articleID: article, changes: changes
        )
    }

    /// A candidate's text made ready for matching, with its word weights: from the cache when seen before.
    private func prepare(_ text: String) throws(StoreError) -> PreparedText {
        let key = TextBytes(text)
        if let known = prepared[key] { return known }
        let matchText = MatchText(text)
        let made = PreparedText(text: matchText, weights: try TermWeights(matchText, idf: idf))
        if prepared.count >= Self.preparedTextLimit { prepared.removeAll(keepingCapacity: true) }
        prepared[key] = made
        return made
    }

    /// `DateText.dayNumber` of a candidate's date, read once per date.
    private func dayNumber(_ date: String) -> Int? {
        if let known = days[date] { return known }
        let day = DateText.dayNumber(date)
        if days.count >= Self.preparedTextLimit { days.removeAll(keepingCapacity: true) }
        days[date] = day
        return day
    }

    /// IDF-weighted overlap of content words: shared weight over the geometric mean of each side's weight.
    private static func overlap(_ a: TermWeights, _ b: TermWeights) -> Double {
        guard !a.order.isEmpty, !b.order.isEmpty else { return 0 }
        var weightA = 0.0, weightB = 0.0, shared = 0.0
        for stem in a.order {
            let weight = a.weights[stem]!
            weightA += weight
            if let other = b.weights[stem] { shared += (weight + other) / 2 }
        }
        for stem in b.order { weightB += b.weights[stem]! }
        return shared / (weightA * weightB).squareRoot()
    }

    /// The FTS5 query for one index: any of its `retrievalTerms` rarest terms, each quoted (a signature line's at half
    /// weight), with its phrases and each phrase's IDF for `RankFunction` (nil when the index is ranked by FTS5's
    /// `bm25()`). Nil when the index is empty or holds none of the terms.
    private func retrievalQuery(_ query: MatchText, in index: MatchIndex) throws(StoreError) -> (String, [String], [Double]?)? {
        let total = try count(in: index)
        guard total > 0 else { return nil }
        let frequencies = try frequencies(of: query.terms, in: index)
        let terms = Self.retrievalTerms(query.terms, frequencies: frequencies, documents: total, settings: settings)
        guard !terms.isEmpty else { return nil }
        let phrases = Self.phrases(terms, signatureTerms: query.signatureTerms)
        let fts = Self.ftsQuery(phrases)
        guard index == .claims, !settings.fts5BM25 else { return (fts, phrases, nil) }
        return (fts, phrases, phrases.map { RankFunction.idf(documents: frequencies[$0] ?? 0, total: total) })
    }

    /// The retrieval query's phrases, a term each, in order. BM25 adds a score per phrase, so a term written twice
    /// counts twice: the text's own words weigh double against its signature line's (who posted it and when says
    /// little about what it claims). Without a signature line every term is written once: doubling them all would
    /// double every score, which the ranking's normalisation by the best candidate cancels, and double FTS5's work
    /// (its BM25 counts each phrase's documents and scores each phrase in every match).
    static func phrases(_ terms: [String], signatureTerms: Set<String>) -> [String] {
        guard !signatureTerms.isEmpty else { return terms }
        return terms.flatMap { signatureTerms.contains($0) ? [$0] : [$0, $0] }
    }

    /// Any of `phrases`, each quoted.
    static func ftsQuery(_ phrases: [String]) -> String {
        phrases.map { "\"\($0)\"" }.joined(separator: " OR ")
    }

    /// Any of `terms` as retrieval writes them (see `phrases`).
    static func ftsQuery(_ terms: [String], signatureTerms: Set<String>) -> String {
        ftsQuery(phrases(terms, signatureTerms: signatureTerms))
    }

    /// The terms retrieval reads, in the text's order: those the index holds, without words in more than
    /// `commonTermShare` of its documents (an index of at least 1,000; unless every word is that common, they find
    /// everything), then the rarest of them: at most `retrievalTerms`, holding at most `retrievalPostings`
    /// documents together (but always the `minimumRetrievalTerms` rarest).
    static func retrievalTerms(_ terms: [String], frequencies: [String: Int], documents: Int, settings: Settings) -> [String] {
        let held = terms.filter { (frequencies[$0] ?? 0) > 0 }
        var kept = held
        if documents >= 1_000 {
            let rare = held.filter { Double(frequencies[$0] ?? 0) <= settings.commonTermShare * Double(documents) }
            if !rare.isEmpty { kept = rare }
        }
        let total = kept.reduce(0) { $0 + (frequencies[$1] ?? 0) }
        guard kept.count > settings.retrievalTerms || total > settings.retrievalPostings else { return kept }
        // Rarest first, the text's order among equals, while the count and the documents read allow; then back to
        // the text's order.
        let byRarity = kept.enumerated().sorted { ((frequencies[$0.element] ?? 0), $0.offset) < ((frequencies[$1.element] ?? 0), $1.offset) }
        var chosen: [Int] = []
        var postings = 0
        for (offset, term) in byRarity where chosen.count < max(1, settings.retrievalTerms) {
            let documents = frequencies[term] ?? 0
            guard chosen.count < settings.minimumRetrievalTerms || postings + documents <= settings.retrievalPostings else { break }
            chosen.append(offset)
            postings += documents
        }
        return chosen.sorted().map { kept[$0] }
    }

    /// How rare a word is across claims and reviews: ln(1 + N / (df + 1)). Read once per word per matcher.
    private func idf(_ word: String) throws(StoreError) -> Double {
        if let known = frequencies[word] { return known }
        let documents = Double(try count(in: .claims) + count(in: .reviews))
        let df = Double(try frequency(of: word, in: .claims) + frequency(of: word, in: .reviews))
        let value = log(1 + documents / (df + 1))
        frequencies[word] = value
        return value
    }

    /// The document frequencies of `words` in one index, those not read before in one store call.
    private func frequencies(of words: [String], in index: MatchIndex) throws(StoreError) -> [String: Int] {
        let known = documentFrequencies[index] ?? [:]
        let missing = words.filter { known[$0] == nil }
        if !missing.isEmpty {
            for (word, value) in try store.documentFrequencies(of: missing, in: index) { documentFrequencies[index, default: [:]][word] = value }
        }
        let all = documentFrequencies[index] ?? [:]
        var result: [String: Int] = [:]
        for word in words { result[word] = all[word] }
        return result
    }

    private func frequency(of word: String, in index: MatchIndex) throws(StoreError) -> Int {
        if let known = documentFrequencies[index]?[word] { return known }
        let value = try store.documentFrequency(of: word, in: index)
        documentFrequencies[index, default: [:]][word] = value
        return value
    }

    private func count(in index: MatchIndex) throws(StoreError) -> Int {
        if let known = documentCounts[index] { return known }
        let value = try store.documentCount(in: index)
        documentCounts[index] = value
        return value
    }
}

/// A text compared byte for byte. Swift's `==` takes canonically equivalent strings as one, but MatchText reads
/// them into different terms: a cache keyed by `String` moved CLEF 2020 MAP@1 0.905 → 0.899 (BENCHMARKS.md).
private struct TextBytes: Hashable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (a: TextBytes, b: TextBytes) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A candidate's text as matching compares it.
private struct PreparedText {
    var text: MatchText
    var weights: TermWeights
}

/// A text's content words by stem, each weighted by its rarest form's IDF, in the text's word order: the overlap
/// sums in that order, not a dictionary's (whose order changes from run to run), so the same texts give the same
/// figure to the last bit and near ties rank the same way every time.
private struct TermWeights {
    var order: [String] = []
    var weights: [String: Double] = [:]

    init(_ text: MatchText, idf: (String) throws(StoreError) -> Double) throws(StoreError) {
        for term in text.terms where MatchText.isWord(term) {
            let stem = MatchText.stem(term)
            if weights[stem] == nil { order.append(stem) }
            weights[stem] = max(weights[stem] ?? 0, try idf(term))
        }
    }
}
