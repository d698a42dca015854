/// A sentence that claims a record: a superlative bounded in time ("the highest since 2008", "the deadliest in the
/// state's history", "the warmest year on record", "the largest ever"), an all-time or first-ever mark, or "record"
/// modifying a figure ("a record 3 million", "record highs", "a new record"). Fact-checkers take these first: a
/// record is easy to state and often wrong.
enum RecordClaim {
    /// Words before "record" that make it a document, not a mark reached: "the record shows", "her track record".
    private static let documentOwners: WordSet = [
        "the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "whose", "track", "criminal",
        "public", "voting", "court", "medical", "police", "dental", "official",
    ]

    static func isClaimed(in tokens: [Token]) -> Bool {
        var scope = false
        for index in tokens.indices where tokens[index].isWord {
            guard tokens[index].roles.contains(.recordScope) else { continue }
            let word = tokens[index].lowered
            guard word == "record" else {
                // "all-time", "first-ever", "highest-ever", "record-breaking", "record-high" are records on their own.
                if word == "all-time" || word.hasSuffix("-ever") || word.hasPrefix("record-") { return true }
                // A hyphenated word bounds by its last part ("120-year-history"), not its first ("ever-growing",
                // "since-deleted"); its first part gives it the role only for "record-".
                if let hyphen = word.utf8.lastIndex(of: 0x2D) {
                    if Lexicon.recordScopes.contains(String(word[word.utf8.index(after: hyphen)...])) { scope = true }
                } else {
                    scope = true
                }
                continue
            }
            let before = index > 0 ? tokens[index - 1].lowered : ""
            if before == "on" { scope = true; continue }  // "the warmest year on record"
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if next?.lowered == "of" {
                // "a record of 4.2 million" is a mark; "a record of the meeting" a document.
                if index + 2 < tokens.count, tokens[index + 2].isNumber { return true }
                continue
            }
            if before == "a" || before == "new" { return true }  // "a record 3 million", "set a new record"
            // "record crowds", "a world record", "Record profits": a mark reached, unless a document's.
            if let next, next.isNumber || next.isWord, !documentOwners.contains(before), !isPossessive(before) { return true }
        }
        return scope && (tokens.contains(where: ClaimExtractor.isSuperlative) || isFirstSinceYear(tokens))
    }

    /// "Sweden's first win in an opening match since 1958", "for the first time since the 1990s": a first bounded by a
    /// year is a record as a superlative is. Not "first" as an adverb ("it first emerged in 1900, and has since ...").
    private static func isFirstSinceYear(_ tokens: [Token]) -> Bool {
        guard let first = tokens.indices.first(where: { $0 > 0 && tokens[$0].lowered == "first" }),
              firstOwners.contains(tokens[first - 1].lowered) || isPossessive(tokens[first - 1].lowered) else { return false }
        return tokens.indices.contains { k in
            k > first && tokens[k].lowered == "since" && k + 1 < tokens.count
                && (tokens[k + 1].isNumber || tokens[k + 1].lowered == "the" && k + 2 < tokens.count && tokens[k + 2].isNumber)
        }
    }

    private static let firstOwners: WordSet = ["the", "its", "his", "her", "their", "our", "my", "your"]

    /// "the government's", "voters'": whose record it is, so a document or a history, not a mark.
    private static func isPossessive(_ word: String) -> Bool {
        word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("s'") || word.hasSuffix("s’")
    }
}
