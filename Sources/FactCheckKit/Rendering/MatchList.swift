/// Renders claim matches: one line for a listing, a table for `factcheck match`, JSON.
public enum MatchList {
    /// "figure changed from claim 12 (verified, article 2): 73% → 75%", "checked before: claim 12 (verified)",
    /// "same as review 3 (False)", "related: claim 9 (unverified)".
    public static func summary(_ match: ClaimMatch) -> String {
        let target = targetLabel(match)
        switch match.relation {
        case .changed:
            return "figure changed from " + target + ": " + match.changes.map { "\($0.from) → \($0.to)" }.joined(separator: ", ")
        case .same:
            return (match.isChecked ? "checked before: " : "same as ") + target
        case .related:
            return "related: " + target
        }
    }

    /// "claim 12 (verified, article 3)" or "review 4 (False)".
    public static func targetLabel(_ match: ClaimMatch) -> String {
        switch match.target {
        case .claim(let id):
            let status = match.status?.rawValue ?? "?"
            return "claim \(id) (\(status)" + (match.articleID.map { ", article \($0)" } ?? "") + ")"
        case .review(let id):
            return "review \(id) (\(match.rating ?? "no rating"))"
        }
    }

    /// The match worth a line under a claim in a listing: the first same or changed one, if any.
    public static func headline(of claim: Claim) -> ClaimMatch? {
        claim.matches.first { $0.relation != .related }
    }

    /// The `factcheck match` table: relation, score, what matched, then its text and the reason.
    public static func table(_ matches: [ClaimMatch], width: Int) -> String {
        guard !matches.isEmpty else {
            return "No match among stored claims and imported reviews; import fact-checks with 'factcheck import-reviews FILE'.\n"
        }
        var out = ""
        for match in matches {
            out += "\(match.relation.rawValue)  \(ClaimList.format2(match.score))  \(summary(match))\n"
            out += "    " + ClaimList.truncate(ClaimList.oneLine(match.text), to: max(20, width - 4)) + "\n"
            out += "    why: " + match.reason + "\n"
        }
        return out
    }

    public static func json(_ matches: [ClaimMatch]) throws(JSONOutputError) -> String {
        try JSONOutput.string(matches) + "\n"
    }
}

/// Renders imported reviews.
public enum ReviewList {
    public static func table(_ reviews: [Review], width: Int) -> String {
        guard !reviews.isEmpty else {
            return "No reviews match. Import published fact-checks with 'factcheck import-reviews FILE'.\n"
        }
        let idWidth = max(2, reviews.map { String($0.id.rawValue).count }.max() ?? 2)
        var out = ClaimList.pad("ID", idWidth, right: true) + "  RATING          REVIEWER              CLAIM\n"
        for review in reviews {
            let fixed = idWidth + 2 + 16 + 22
            out += ClaimList.pad(String(review.id.rawValue), idWidth, right: true) + "  "
                + ClaimList.pad(ClaimList.truncate(review.rating.label, to: 14), 16)
                + ClaimList.pad(ClaimList.truncate(review.reviewer ?? "-", to: 20), 22)
                + ClaimList.truncate(ClaimList.oneLine(review.claimReviewed), to: max(20, width - fixed)) + "\n"
        }
        out += "\(reviews.count) review\(reviews.count == 1 ? "" : "s")\n"
        return out
    }

    public static func json(_ reviews: [Review]) throws(JSONOutputError) -> String {
        try JSONOutput.string(reviews) + "\n"
    }
}
