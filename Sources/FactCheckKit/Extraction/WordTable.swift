/// A fixed word list for the hot path: a `ByteKeyTable` for ASCII words, the ordinary dictionary for the rest.
///
/// `Set<String>` and `Dictionary<String, _>` seed and run SipHash for every lookup and compare through
/// String's Unicode equality; the extractor asks such lists about nearly every token. Here an ASCII word is
/// hashed and compared byte for byte. A word with any other byte goes to the ordinary dictionary, so
/// answers are exactly those of `Dictionary` (String equality is byte equality for ASCII text).
struct WordTable<Value: Sendable>: Sendable {
    private let dictionary: [String: Value]
    private let table: ByteKeyTable<Value>

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        table = ByteKeyTable(dictionary.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }.map { (key: $0.key, value: $0.value) })
    }

    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    subscript(_ word: String) -> Value? {
        var word = word
        let found: Value?? = word.withUTF8 { bytes in
            var hash = FNV1a.offsetBasis
            for b in bytes {
                if b >= 0x80 { return nil }
                hash = FNV1a.step(hash, b)
            }
            return .some(table.value(of: bytes, hash: hash, caseFold: false))
        }
        if let found { return found }
        return dictionary[word]
    }

    /// The value for an ASCII word given as bytes, its capitals read as lower case: what `self[word.lowercased()]`
    /// answers, without making the string. Only for ASCII bytes: other words go through the subscript.
    func value(asciiFolding word: UnsafeBufferPointer<UInt8>) -> Value? {
        table.value(of: word, hash: FNV1a.foldedHash(word), caseFold: true)
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

    /// `contains(word.lowercased())`, without making the lower-case string when the word is ASCII.
    func contains<S: StringProtocol>(lowercasing word: S) -> Bool {
        var text = String(word)
        if let found = text.withUTF8({ bytes -> Bool? in
            bytes.allSatisfy { $0 < 0x80 } ? table.value(asciiFolding: bytes) != nil : nil
        }) { return found }
        return contains(text.lowercased())
    }

    /// Whether the set holds an ASCII word given as bytes, its capitals read as lower case (see `WordTable`).
    func contains(asciiFolding word: UnsafeBufferPointer<UInt8>) -> Bool { table.value(asciiFolding: word) != nil }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }
}
