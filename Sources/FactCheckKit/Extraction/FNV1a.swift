/// The FNV-1a hash the extractor's word tables and repeat fingerprints are keyed by: one definition, so a table
/// built from the lexicon and a lookup from the tokenizer always agree.
///
/// FNV-1a rather than the standard library's SipHash: it needs no per-process seed and runs one multiply a byte,
/// and the tables hold fixed, trusted word lists, so hash flooding is not a concern.
enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// `hash` moved on by one byte.
    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of `bytes` as they are.
    @inline(__always) static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = offsetBasis
        for b in bytes { hash = step(hash, b) }
        return hash
    }

    /// The hash of `bytes` with ASCII capitals lower-cased on the way: equal to `hash` of the lower-case word.
    @inline(__always) static func foldedHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for b in bytes { hash = step(hash, asciiLower(b)) }
        return hash
    }

    @inline(__always) static func asciiLower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}

/// A fixed table from words to values, looked up by the word's bytes: the one hash table behind `WordTable`
/// (the lexicon's word lists) and `RoleTable` (the word roles the tokenizer asks about every token).
///
/// Open addressing keyed by `FNV1a`; words are kept as bytes and compared byte for byte, so a lookup makes no string
/// and touches no reference count; a slot's hash, place, length and value sit together, so a probe reads one cache line.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        /// Where the word starts in `bytes`; -1 for an empty slot.
        var start: Int32 = -1
        var length: Int32 = 0
        var value: Value?
    }

    private var slots: [Slot]
    private var bytes: [UInt8] = []
    private let mask: Int

    /// Sorted first, so the layout does not depend on a dictionary's per-process order.
    init<S: Sequence>(_ entries: S) where S.Element == (key: String, value: Value) {
        let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var capacity = 16
        while capacity < sorted.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        slots = Array(repeating: Slot(), count: capacity)
        for (word, value) in sorted {
            let hash = FNV1a.hash(word.utf8)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].start >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: hash, start: Int32(bytes.count), length: Int32(word.utf8.count), value: value)
            bytes.append(contentsOf: word.utf8)
        }
    }

    /// The value stored for `word`, whose bytes (lower-cased first when `caseFold`) hash to `hash`; nil when absent.
    @inline(__always) func value(of word: UnsafeBufferPointer<UInt8>, hash: UInt64, caseFold: Bool) -> Value? {
        let count = word.count
        var index = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                // Fields read in place: a copied slot would retain and release its value's strings on every probe.
                while true {
                    let start = Int(slots[index].start)
                    if start < 0 { return nil }
                    if slots[index].hash == hash, Int(slots[index].length) == count {
                        var k = 0
                        if caseFold {
                            while k < count, stored[start + k] == FNV1a.asciiLower(word[k]) { k += 1 }
                        } else {
                            while k < count, stored[start + k] == word[k] { k += 1 }
                        }
                        if k == count { return slots[index].value }
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }
}
