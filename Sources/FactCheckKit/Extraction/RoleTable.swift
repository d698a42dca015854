/// The lexicon's word roles, looked up once per word token: the tokenizer's hottest call.
///
/// The standard `Dictionary<String, _>` seeds and runs SipHash for every lookup, which cost more than the rest of
/// tokenizing a word; this is a `ByteKeyTable` over the lower-case words instead. Each entry keeps its word as a
/// made `String` too, and the table also holds the commonest words of news text with no role (`commonWords`): a token
/// that is a listed word takes that string instead of having one made and validated from its bytes. The string is
/// the word's bytes exactly, so nothing read from it changes.
struct RoleTable: Sendable {
    struct Entry: Sendable {
        var roles: WordRoles
        /// The word in lower case.
        var word: String
    }

    private let table: ByteKeyTable<Entry>

    init(_ roles: [String: WordRoles]) {
        var entries: [String: Entry] = [:]
        for word in Self.commonWords { entries[word] = Entry(roles: [], word: word) }
        for (word, wordRoles) in roles where !word.isEmpty { entries[word] = Entry(roles: wordRoles, word: word) }
        table = ByteKeyTable(entries.map { (key: $0.key, value: $0.value) })
    }

    /// The roles of a lower-case word, empty when it is not listed.
    func roles(of word: String) -> WordRoles {
        var word = word
        return word.withUTF8 { roles(ofLowered: $0, hash: FNV1a.hash($0), caseFold: false) }
    }

    /// The roles of a word as written in the text: the hash is taken over its bytes, lower-cased on the way,
    /// so no pass over the string is needed. `lowered` is the same word in lower case.
    func roles(ofWritten bytes: UnsafeBufferPointer<UInt8>, lowered: String) -> WordRoles {
        var hash = FNV1a.offsetBasis
        for b in bytes {
            if b >= 0x80 { return roles(of: lowered) }
            hash = FNV1a.step(hash, FNV1a.asciiLower(b))
        }
        return roles(ofLowered: bytes, hash: hash, caseFold: true)
    }

    /// The roles of ASCII `word` whose lower-case bytes hash to `hash`; `caseFold` when `word` may hold capitals.
    @inline(__always) func roles(ofLowered word: UnsafeBufferPointer<UInt8>, hash: UInt64, caseFold: Bool) -> WordRoles {
        table.value(of: word, hash: hash, caseFold: caseFold)?.roles ?? []
    }

    /// The entry of ASCII `word` whose lower-case bytes hash to `hash`, if listed; `caseFold` as for `roles`.
    @inline(__always) func entry(ofLowered word: UnsafeBufferPointer<UInt8>, hash: UInt64, caseFold: Bool) -> Entry? {
        table.value(of: word, hash: hash, caseFold: caseFold)
    }

    /// The commonest words of English news text, kept only for their made strings (no role).
    static let commonWords: [String] = [
        "the", "of", "and", "to", "a", "in", "that", "is", "for", "it", "was", "on", "with", "as", "he", "said", "at",
        "by", "his", "be", "from", "have", "has", "had", "are", "were", "an", "this", "not", "but", "they", "its",
        "which", "who", "will", "or", "been", "their", "more", "after", "would", "about", "she", "her", "we", "there",
        "also", "up", "one", "than", "all", "when", "out", "into", "new", "other", "year", "years", "i", "can", "over",
        "people", "some", "could", "first", "last", "time", "two", "most", "what", "them", "so", "if", "no", "him",
        "these", "our", "those", "then", "only", "do", "did", "just", "like", "because", "while", "before", "where",
        "against", "between", "under", "during", "since", "through", "state", "government", "president", "city",
        "police", "company", "percent", "million", "per", "cent", "according", "told", "says", "may", "any", "being",
        "many", "such", "both", "each", "down", "off", "very", "much", "well", "still", "even", "back", "how", "now",
        "here", "you", "my", "me", "us", "your", "mr", "ms", "reported", "report", "week", "day", "days",
        "month", "months", "world", "country", "national", "public", "health", "number", "including", "least",
    ]
}
