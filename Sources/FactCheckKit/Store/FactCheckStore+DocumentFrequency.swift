extension FactCheckStore {
    /// How many claims or reviews hold each of `words` (as the index's tokenizer reads them, so "homicides"
    /// counts the documents holding "homicide" too), summed from the matching index's segments in one statement
    /// rather than counted by a full-text query per word (FTS5's vocabulary table gave the same counts at several
    /// times the cost). A word the tokenizer splits in two is counted as a phrase.
    func documentFrequencies(of words: some Collection<String>, in index: MatchIndex) throws(StoreError) -> [String: Int] {
        guard !words.isEmpty else { return [:] }
        // Claims of a batch still being written are fed to the index first, so they are counted.
        if index == .claims { try indexPendingText() }
        let tokenizer = try indexTokenizer()
        var termOf: [String: String] = [:]
        var result: [String: Int] = [:]
        for word in words {
            let terms = tokenizer.terms(word)
            switch terms.count {
            case 0: result[word] = 0
            case 1: termOf[word] = terms[0]
            default: result[word] = try countedDocumentFrequency(of: word, in: index)
            }
        }
        guard !termOf.isEmpty else { return result }
        // Rows changed outside the store's own edits are counted by the full-text index until the matching index
        // has caught up with them.
        if try hasStalePostings(index) {
            for word in termOf.keys { result[word] = try countedDocumentFrequency(of: word, in: index) }
            return result
        }
        let statement = try db.statement("""
            SELECT term, sum(documents) FROM \(Self.postingTable(index)) WHERE term IN (SELECT value FROM json_each(?)) GROUP BY term
            """)
        try statement.bind(.text(Self.jsonArray(Set(termOf.values))))
        defer { statement.reset() }
        var documents: [String: Int] = [:]
        while try statement.step() { documents[statement.text(0)] = statement.int(1) }
        for (word, term) in termOf { result[word] = documents[term] ?? 0 }
        return result
    }

    /// How many claims or reviews hold `word`, counted by a full-text query (the phrase case, and the reference
    /// the vocabulary is tested against).
    func countedDocumentFrequency(of word: String, in index: MatchIndex) throws(StoreError) -> Int {
        if index == .claims { try indexPendingText() }
        let sql = switch index {
        case .claims: "SELECT count(*) FROM claim_fts WHERE claim_fts MATCH ?"
        case .reviews: "SELECT count(*) FROM review_fts WHERE review_fts MATCH ?"
        }
        let statement = try db.statement(sql)
        try statement.bind(.text("\"\(word.replacingOccurrences(of: "\"", with: ""))\""))
        defer { statement.reset() }
        _ = try statement.step()
        return statement.int(0)
    }

    /// The index terms of `text` as the full-text indexes' tokenizer reads it.
    func indexTerms(_ text: String) throws(StoreError) -> [String] {
        try indexTokenizer().terms(text)
    }

    /// This connection's tokenizer, made on first use.
    func indexTokenizer() throws(StoreError) -> IndexTokenizer {
        if let made = matchingState.tokenizer { return made }
        let made = try IndexTokenizer(connection: db)
        matchingState.tokenizer = made
        return made
    }

    /// `["a","b"]`, for `json_each`.
    static func jsonArray(_ strings: some Sequence<String>) -> String {
        var out = "["
        for (offset, string) in strings.enumerated() {
            if offset > 0 { out += "," }
            out += "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
        return out + "]"
    }
}

/// What a connection keeps for matching: the index tokenizer, made on first use.
final class MatchingState {
    var tokenizer: IndexTokenizer?
    /// `RankFunction` is registered on the connection.
    var rankRegistered = false
    /// `IndexTotalsFunction` is registered on the connection.
    var totalsRegistered = false
    /// Claims' scores while the matching index is read.
    var scores = PostingScores()
    /// The matching index's segments, many terms a statement.
    let claimPostingInsert = MultiRowInsert("INSERT INTO claim_posting (term, segment, documents, postings)", row: "(?, ?, ?, ?)", maxRows: 50)
    let reviewPostingInsert = MultiRowInsert("INSERT INTO review_posting (term, segment, documents, postings)", row: "(?, ?, ?, ?)", maxRows: 50)
}
