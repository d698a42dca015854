/// The lexicon's word roles, looked up once per word token: the tokenizer's hottest call.
///
/// The standard `Dictionary<String, _>` seeds and runs SipHash for every lookup, which cost more than the rest of
/// tokenizing a word; this is a `ByteKeyTable` over the lower-case words instead.
struct RoleTable: Sendable {
    private let table: ByteKeyTable<WordRoles>

    init(_ roles: [String: WordRoles]) {
        table = ByteKeyTable(roles.filter { !$0.key.isEmpty }.map { (key: $0.key, value: $0.value) })
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
        table.value(of: word, hash: hash, caseFold: caseFold) ?? []
    }
}
