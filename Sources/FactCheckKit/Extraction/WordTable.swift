/// A fixed word list for the hot path, keyed by an FNV-1a hash of the word's UTF-8 bytes.
///
/// `Set<String>` and `Dictionary<String, _>` seed and run SipHash for every lookup and compare through
/// String's Unicode equality; the extractor asks such lists about nearly every token. Here an ASCII word is
/// hashed and compared byte for byte. A word with any other byte goes to the ordinary dictionary, so
/// answers are exactly those of `Dictionary` (String equality is byte equality for ASCII text).
struct WordTable<Value: Sendable>: Sendable {
    private let dictionary: [String: Value]
    /// Open addressing: per slot, the hash, where the word's bytes start in `bytes` (-1 for an empty slot),
    /// its length and its value index.
    private let hashes: [UInt64]
    private let starts: [Int]
    private let lengths: [Int]
    private let values: [Value?]
    private let bytes: [UInt8]
    private let mask: Int

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var capacity = 16
        while capacity < dictionary.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        var hashes = [UInt64](repeating: 0, count: capacity)
        var starts = [Int](repeating: -1, count: capacity)
        var lengths = [Int](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        var bytes: [UInt8] = []
        // Sorted so the layout does not depend on the dictionary's per-process order.
        for (word, value) in dictionary.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
        where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let hash = Self.hash(word.utf8)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while starts[slot] >= 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            starts[slot] = bytes.count
            lengths[slot] = word.utf8.count
            values[slot] = value
            bytes.append(contentsOf: word.utf8)
        }
        self.hashes = hashes
        self.starts = starts
        self.lengths = lengths
        self.values = values
        self.bytes = bytes
    }

    @inline(__always) static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return hash
    }

    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    subscript(_ word: String) -> Value? {
        var word = word
        let found: Value?? = word.withUTF8 { lookup($0) }
        if let found { return found }
        return dictionary[word]
    }

    /// The value for ASCII bytes (nil inside when absent); nil when the bytes are not all ASCII.
    @inline(__always) private func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Value?? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word {
            if b >= 0x80 { return nil }
            hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
        }
        let count = word.count
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { stored -> Value?? in
            while true {
                let start = starts[slot]
                if start < 0 { return .some(nil) }
                if hashes[slot] == hash, lengths[slot] == count {
                    var k = 0
                    while k < count, stored[start + k] == word[k] { k += 1 }
                    if k == count { return .some(values[slot]) }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}

/// A fixed set of words with `WordTable`'s lookups: what `Set<String>` answers, without hashing by SipHash.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>
    private let words: Set<String>

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        table = WordTable(Dictionary(uniqueKeysWithValues: self.words.map { ($0, true) }))
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool { table[word] != nil }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }
}
