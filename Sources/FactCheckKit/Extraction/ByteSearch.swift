import Foundation

/// Substring search over UTF-8 bytes, for the hot path: `String.contains` and `range(of:)` go through
/// Foundation's Unicode-aware search, which is a hundred times slower for ASCII needles.
enum ByteSearch {
    /// The byte offset of the first occurrence of `needle` in `text`, or nil.
    static func firstOffset(of needle: String, in text: String, from start: Int = 0) -> Int? {
        // In place, not copied to arrays: a whole article body is searched for its dateline credit.
        var text = text, needle = needle
        return text.withUTF8 { hay in needle.withUTF8 { pin in firstOffset(of: pin, in: hay, from: start) } }
    }

    static func firstOffset(of pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !pin.isEmpty, hay.count >= pin.count, start <= hay.count - pin.count else { return nil }
        let base = hay.baseAddress!, needle = pin.baseAddress!
        let last = hay.count - pin.count
        var i = start
        while i <= last {
            // memchr finds the next first byte many bytes at a time; memcmp checks the rest there.
            guard let found = memchr(base + i, Int32(needle[0]), last - i + 1) else { return nil }
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + i + 1, needle + 1, pin.count - 1) == 0 { return i }
            i += 1
        }
        return nil
    }

    static func contains(_ text: String, _ needle: String) -> Bool { firstOffset(of: needle, in: text) != nil }

    /// Whether `text` holds `needle` (ASCII, lower case) in any mix of upper and lower case.
    static func containsCaseInsensitive(_ text: String, _ needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            needle.withUTF8Buffer { pin in
                guard bytes.count >= pin.count else { return false }
                return (0...(bytes.count - pin.count)).contains { start in
                    (0..<pin.count).allSatisfy { FNV1a.asciiLower(bytes[start + $0]) == pin[$0] }
                }
            }
        }
    }
}
