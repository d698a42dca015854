/// What matching a set of claims found, for the ingest line: "3 checked before, 1 figure changed".
public struct MatchSummary: Equatable, Sendable {
    /// Claims that make the same statement as a claim with a verdict or a published fact-check (figures changed or not).
    public var checkedBefore = 0
    /// Of those, claims with a figure that differs.
    public var changed = 0

    public init(checkedBefore: Int = 0, changed: Int = 0) {
        self.checkedBefore = checkedBefore
        self.changed = changed
    }

    /// "(3 checked before, 1 figure changed)", or nothing when no claim was checked before.
    public var note: String {
        guard checkedBefore > 0 else { return "" }
        return " (\(checkedBefore) checked before" + (changed > 0 ? ", \(changed) figure\(changed == 1 ? "" : "s") changed" : "") + ")"
    }
}

/// Keeps the stored matches of claims up to date: at ingest for the new claims, on `match --refresh` for any.
public enum ClaimTracking {
    /// Matches each claim against earlier claims of other articles and every imported review, and stores the
    /// result in one transaction, replacing what was stored for those claims.
    @discardableResult
    public static func refresh(_ ids: [ClaimID], in store: FactCheckStore, using matcher: ClaimMatcher) throws -> MatchSummary {
        // With nothing earlier to match against (a new database, the first article), nothing is searched: the
        // full-text index would otherwise score every claim of the article itself, only to leave them out.
        // Asked of the last claim: `match --refresh` passes every stored claim, and the first of them has nothing
        // before it, which once left every claim's matches empty.
        let earlierClaims = try ids.max().map { try store.hasClaims(before: $0) } ?? false
        let reviews = try store.reviewCount() > 0
        guard earlierClaims || reviews else {
            try store.storeMatches(ids.map { ($0, []) })
            return MatchSummary()
        }
        // Claims stored since the matching index was last caught up (this batch, an ingest that did not match) are
        // indexed first, in one write: matching then reads the index instead of the full-text index.
        try store.catchUpMatchingIndex()
        try store.useMatchingCache()
        var found: [(ClaimID, [ClaimMatch])] = []
        var summary = MatchSummary()
        for id in ids {
            let claim = try store.matchingSubject(id)
            let scope = MatchScope(claims: earlierClaims, reviews: reviews, excludingArticle: claim.articleID, before: id)
            let matches = try matcher.matches(for: claim.text, in: scope, published: claim.published)
            found.append((id, matches))
            let checked = matches.filter { $0.relation != .related && $0.isChecked }
            if !checked.isEmpty { summary.checkedBefore += 1 }
            if checked.contains(where: { $0.relation == .changed }) { summary.changed += 1 }
        }
        try store.storeMatches(found)
        return summary
    }
}

extension ClaimMatch {
    /// True when the match is to a published fact-check or to a claim that has a verdict.
    public var isChecked: Bool {
        switch target {
        case .review: true
        case .claim: status.map { ClaimRating($0) != nil } ?? false
        }
    }
}
