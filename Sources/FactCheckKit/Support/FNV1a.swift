/// The FNV-1a hash the extractor's word tables and repeat fingerprints, and the matching index's term numbers, are
/// keyed by: one definition, so a table built from the lexicon and a lookup from the tokenizer always agree.
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
