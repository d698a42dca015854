/// The lexicon's word roles in an open-addressing table keyed by an FNV-1a hash of the lower-case bytes.
///
/// Looked up once per word token, it is the tokenizer's hottest call: the standard `Dictionary<String, _>`
/// seeds and runs SipHash for every lookup, which cost more than the rest of tokenizing a word.
struct RoleTable: Sendable {
    private var hashes: [UInt64]
    private var words: [String]
    private var roles: [WordRoles]
    private let mask: Int

    init(_ table: [String: WordRoles]) {
        var capacity = 16
        while capacity < table.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        hashes = Array(repeating: 0, count: capacity)
        words = Array(repeating: "", count: capacity)
        roles = Array(repeating: [], count: capacity)
        for (word, role) in table {
            var slot = Int(truncatingIfNeeded: Self.hash(word.utf8)) & mask
            while !words[slot].isEmpty { slot = (slot + 1) & mask }
            hashes[slot] = Self.hash(word.utf8)
            words[slot] = word
            roles[slot] = role
        }
    }

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The roles of a lower-case word, empty when it is not listed.
    func roles(of word: String) -> WordRoles {
        let hash = Self.hash(word.utf8)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while !words[slot].isEmpty {
            if hashes[slot] == hash, words[slot] == word { return roles[slot] }
            slot = (slot + 1) & mask
        }
        return []
    }
}
