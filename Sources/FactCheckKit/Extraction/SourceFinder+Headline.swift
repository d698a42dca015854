extension SourceFinder {
    /// Verbs a headline puts after the company it is about: "Toyota logs quarterly profit", "Air Canada reports",
    /// "How supermarket Tesco saw profits triple".
    private static let headlineVerbs: WordSet = [
        "reports", "reported", "posts", "posted", "logs", "logged", "saw", "sees", "says", "said", "raises", "raised",
        "cuts", "cut", "warns", "warned", "beats", "misses", "announces", "announced", "plans", "expects", "earns",
        "earned", "loses", "lost", "books", "swings", "returns", "slashes", "lifts", "hikes", "narrows", "widens",
    ]
    /// Nouns a headline puts after a company's possessive: "Siemens' profit falls".
    private static let resultNouns: WordSet = ["profit", "profits", "sales", "revenue", "revenues", "earnings", "shares", "loss", "losses"]

    /// The organisation a headline is about, so that "The group said" and "It posted" in the body can stand for it
    /// when the body has not named it yet: a run of capitalised words that the headline follows with a verb of
    /// results or report, or a possessive and a word of results, or that names an organisation ("Census Bureau").
    /// A headline in title case ("Opposition Claims Election Fraud") capitalises every word, so says nothing.
    static func headlineOrganisation(_ title: String) -> String? {
        let tokens = Tokenizer.tokens(title)
        let words = tokens.filter(\.isWord)
        guard words.count >= 3, words.filter(\.isCapitalized).count * 2 < words.count else { return nil }
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, tokens[index].isCapitalized, index > 0 || !Lexicon.sentenceStarters.contains(tokens[index].text) else {
                index += 1
                continue
            }
            var end = index
            while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
            var name = tokens[index..<end].map(\.text)
            // "Siemens'", "Tesco's": the possessive is not part of the name.
            var possessive = false
            if var last = name.last, last.hasSuffix("'") || last.hasSuffix("’") {
                last.removeLast()
                name[name.count - 1] = last
                possessive = true
            } else if end + 1 < tokens.count, tokens[end].kind == .punctuation(0x27) || tokens[end].text == "’" {
                possessive = true
            }
            let joined = name.joined(separator: " ")
            let next = tokens[end...].first(where: \.isWord)?.lowered
            if isOrganisation(joined) || next.map(headlineVerbs.contains) == true
                || (possessive && next.map(resultNouns.contains) == true) {
                return joined
            }
            index = end
        }
        return nil
    }
}
