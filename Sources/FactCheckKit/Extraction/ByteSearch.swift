/// Substring search over UTF-8 bytes, for the hot path: `String.contains` and `range(of:)` go through
/// Foundation's Unicode-aware search, which is a hundred times slower for ASCII needles.
enum ByteSearch {
    /// The byte offset of the first occurrence of `needle` in `text`, or nil.
    static func firstOffset(of needle: String, in text: String, from start: Int = 0) -> Int? {
        let hay = Array(text.utf8), pin = Array(needle.utf8)
        guard !pin.isEmpty, hay.count >= pin.count, start <= hay.count - pin.count else { return nil }
        var i = start
        let last = hay.count - pin.count
        while i <= last {
            if hay[i] == pin[0] {
                var k = 1
                while k < pin.count, hay[i + k] == pin[k] { k += 1 }
                if k == pin.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func contains(_ text: String, _ needle: String) -> Bool { firstOffset(of: needle, in: text) != nil }
}
