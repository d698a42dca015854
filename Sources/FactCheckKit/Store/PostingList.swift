/// One segment of a term's postings in the matching index (`claim_posting`, schema.sql): the search keys of the
/// claims holding the term, in ascending order, each with how many times the claim holds it.
///
/// Written as unsigned LEB128 varints: for each claim, the gap to the previous key (from 0) times two, plus one when
/// a count follows (the claim holds the term more than once); then that count. A claim holding the term once, the
/// usual case, costs one or two bytes.
enum PostingList {
    /// `postings` in ascending key order (keys above 0, counts from 1) as a segment's bytes.
    static func encode(_ postings: some Sequence<(key: Int64, count: Int)>) -> [UInt8] {
        var writer = Writer()
        for posting in postings { writer.append(key: posting.key, count: posting.count) }
        return writer.bytes
    }

    /// Builds a segment posting by posting, keys ascending.
    struct Writer {
        private(set) var bytes: [UInt8] = []
        private(set) var count = 0
        private var last: Int64 = 0

        mutating func append(key: Int64, count occurrences: Int) {
            precondition(key > last && occurrences > 0, "postings are written in ascending key order, each held at least once")
            let gap = UInt64(key - last)
            PostingList.appendVarint(gap << 1 | (occurrences > 1 ? 1 : 0), to: &bytes)
            if occurrences > 1 { PostingList.appendVarint(UInt64(occurrences), to: &bytes) }
            last = key
            count += 1
        }
    }

    /// Calls `body` with each posting of a segment, in order. False when the bytes are not a segment (cut short,
    /// or a gap that does not move on), after the postings read before the fault.
    @discardableResult
    static func forEach(in bytes: UnsafeRawBufferPointer, _ body: (_ key: Int64, _ count: Int) -> Void) -> Bool {
        var offset = 0
        var key: Int64 = 0
        while offset < bytes.count {
            guard let step = varint(bytes, &offset), step >> 1 > 0, step >> 1 <= UInt64(Int64.max - key) else { return false }
            key += Int64(step >> 1)
            var occurrences = 1
            if step & 1 == 1 {
                guard let held = varint(bytes, &offset), held > 1, held <= UInt64(Int32.max) else { return false }
                occurrences = Int(held)
            }
            body(key, occurrences)
        }
        return true
    }

    /// The postings of a segment as an array (compaction and edits; matching reads them in place).
    static func decode(_ bytes: [UInt8]) -> [(key: Int64, count: Int)]? {
        var result: [(key: Int64, count: Int)] = []
        let complete = bytes.withUnsafeBytes { buffer in forEach(in: buffer) { result.append(($0, $1)) } }
        return complete ? result : nil
    }

    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private static func varint(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
