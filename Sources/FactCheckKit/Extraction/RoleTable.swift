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
        roles(of: word, hash: Self.hash(word.utf8))
    }

    /// The roles of a word as written in the text: the hash is taken over its bytes, lower-cased on the way,
    /// so no pass over the string is needed. `lowered` is the same word in lower case.
    func roles(ofWritten bytes: UnsafeBufferPointer<UInt8>, lowered: String) -> WordRoles {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            if b >= 0x80 { return roles(of: lowered) }
            hash = (hash ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100_0000_01b3
        }
        return roles(of: lowered, hash: hash)
    }

    private func roles(of word: String, hash: UInt64) -> WordRoles {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while !words[slot].isEmpty {
            if hashes[slot] == hash, words[slot] == word { return roles[slot] }
            slot = (slot + 1) & mask
        }
        return []
    }
}
