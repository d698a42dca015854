/// The lexicon's word roles in an open-addressing table keyed by an FNV-1a hash of the lower-case bytes.
///
/// Looked up once per word token, it is the tokenizer's hottest call: the standard `Dictionary<String, _>`
/// seeds and runs SipHash for every lookup, which cost more than the rest of tokenizing a word.
/// Words are kept as bytes and compared byte for byte, so a lookup makes no string and touches no reference count;
/// a slot's hash, place, length and roles sit together, so a probe reads one cache line.
struct RoleTable: Sendable {
    private struct Slot {
        var hash: UInt64 = 0
        /// Where the word starts in `bytes`; -1 for an empty slot.
        var start: Int32 = -1
        var length: Int32 = 0
        var roles: WordRoles = []
    }

    private var slots: [Slot]
    private var bytes: [UInt8] = []
    private let mask: Int

    init(_ table: [String: WordRoles]) {
        var capacity = 16
        while capacity < table.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        slots = Array(repeating: Slot(), count: capacity)
        for (word, role) in table where !word.isEmpty {
            let hash = Self.hash(word.utf8)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].start >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: hash, start: Int32(bytes.count), length: Int32(word.utf8.count), roles: role)
            bytes.append(contentsOf: word.utf8)
        }
    }

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The roles of a lower-case word, empty when it is not listed.
    func roles(of word: String) -> WordRoles {
        var word = word
        return word.withUTF8 { roles(ofLowered: $0, hash: Self.hash($0), caseFold: false) }
    }

    /// The roles of a word as written in the text: the hash is taken over its bytes, lower-cased on the way,
    /// so no pass over the string is needed. `lowered` is the same word in lower case.
    func roles(ofWritten bytes: UnsafeBufferPointer<UInt8>, lowered: String) -> WordRoles {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            if b >= 0x80 { return roles(of: lowered) }
            hash = (hash ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100_0000_01b3
        }
        return roles(ofLowered: bytes, hash: hash, caseFold: true)
    }

    /// The roles of ASCII `word` whose lower-case bytes hash to `hash`; `caseFold` when `word` may hold capitals.
    func roles(ofLowered word: UnsafeBufferPointer<UInt8>, hash: UInt64, caseFold: Bool) -> WordRoles {
        let count = word.count
        var index = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                while true {
                    let slot = slots[index]
                    if slot.start < 0 { return [] }
                    if slot.hash == hash, Int(slot.length) == count {
                        let start = Int(slot.start)
                        var k = 0
                        if caseFold {
                            while k < count {
                                let b = word[k]
                                if stored[start + k] != (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) { break }
                                k += 1
                            }
                        } else {
                            while k < count, stored[start + k] == word[k] { k += 1 }
                        }
                        if k == count { return slot.roles }
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }
}
