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
