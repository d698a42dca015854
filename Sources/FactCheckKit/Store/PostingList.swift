/// How one segment of a term's postings in the matching index (`claim_posting`, `review_posting`; schema.sql) is
/// written: the rows holding the term in ascending key order, each as unsigned LEB128 varints, first the gap to the
/// previous key (from 0), then what ranking needs of the row.
protocol PostingFormat {
    associatedtype Posting
    /// The index whose segments are written this way.
    static var index: MatchIndex { get }
    static func key(of posting: Posting) -> Int64
    /// Appends the posting's varints after its gap (`gap` > 0).
    static func append(_ posting: Posting, gap: UInt64, to bytes: inout [UInt8])
    /// Reads a posting from `offset`, its gap already read as `step`; nil when the bytes are not one.
    static func read(step: UInt64, key: Int64, from bytes: UnsafeRawBufferPointer, at offset: inout Int) -> Posting?
    /// The key a posting's first varint moves on by.
    static func gap(ofStep step: UInt64) -> UInt64
}

/// A stored claim's posting: its search key and how many times its text holds the term. The gap is written times
/// two, plus one when a count follows (the claim holds the term more than once): one or two bytes a claim, usually.
enum ClaimPostings: PostingFormat {
    typealias Posting = (key: Int64, count: Int)
    static let index = MatchIndex.claims

    static func key(of posting: Posting) -> Int64 { posting.key }

    static func append(_ posting: Posting, gap: UInt64, to bytes: inout [UInt8]) {
        PostingBytes.appendVarint(gap << 1 | (posting.count > 1 ? 1 : 0), to: &bytes)
        if posting.count > 1 { PostingBytes.appendVarint(UInt64(posting.count), to: &bytes) }
    }

    static func gap(ofStep step: UInt64) -> UInt64 { step >> 1 }

    @inline(__always)
    static func read(step: UInt64, key: Int64, from bytes: UnsafeRawBufferPointer, at offset: inout Int) -> Posting? {
        guard step & 1 == 1 else { return (key, 1) }
        guard let held = PostingBytes.varint(bytes, &offset), held > 1, held <= UInt64(Int32.max) else { return nil }
        return (key, Int(held))
    }
}

/// An imported review's posting: its id, how many times its claim and its headline hold the term, and its length
/// in index terms (both columns), which BM25 normalises by.
enum ReviewPostings: PostingFormat {
    typealias Posting = (key: Int64, claimCount: Int, headlineCount: Int, length: Int)
    static let index = MatchIndex.reviews

    static func key(of posting: Posting) -> Int64 { posting.key }

    static func append(_ posting: Posting, gap: UInt64, to bytes: inout [UInt8]) {
        PostingBytes.appendVarint(gap, to: &bytes)
        PostingBytes.appendVarint(UInt64(posting.claimCount), to: &bytes)
        PostingBytes.appendVarint(UInt64(posting.headlineCount), to: &bytes)
        PostingBytes.appendVarint(UInt64(posting.length), to: &bytes)
    }

    static func gap(ofStep step: UInt64) -> UInt64 { step }

    @inline(__always)
    static func read(step: UInt64, key: Int64, from bytes: UnsafeRawBufferPointer, at offset: inout Int) -> Posting? {
        guard let claim = PostingBytes.varint(bytes, &offset), let headline = PostingBytes.varint(bytes, &offset),
              let length = PostingBytes.varint(bytes, &offset), claim + headline > 0, claim + headline <= length,
              length <= UInt64(Int32.max)
        else { return nil }
        return (key, Int(claim), Int(headline), Int(length))
    }
}

/// Writing and reading a segment in a format.
enum PostingList<Format: PostingFormat> {
    /// `postings` in ascending key order (keys above 0) as a segment's bytes.
    static func encode(_ postings: some Sequence<Format.Posting>) -> [UInt8] {
        var writer = Writer()
        for posting in postings { writer.append(posting) }
        return writer.bytes
    }

    /// Builds a segment posting by posting, keys ascending.
    struct Writer {
        private(set) var bytes: [UInt8] = []
        private(set) var count = 0
        private var last: Int64 = 0

        mutating func append(_ posting: Format.Posting) {
            let key = Format.key(of: posting)
            precondition(key > last, "postings are written in ascending key order")
            Format.append(posting, gap: UInt64(key - last), to: &bytes)
            last = key
            count += 1
        }
    }

    /// Calls `body` with each posting of a segment, in order. False when the bytes are not a segment (cut short,
    /// or a gap that does not move on), after the postings read before the fault.
    @discardableResult @inline(__always)
    static func forEach(in bytes: UnsafeRawBufferPointer, _ body: (Format.Posting) -> Void) -> Bool {
        var offset = 0
        var key: Int64 = 0
        while offset < bytes.count {
            guard let step = PostingBytes.varint(bytes, &offset) else { return false }
            let gap = Format.gap(ofStep: step)
            guard gap > 0, gap <= UInt64(Int64.max - key) else { return false }
            key += Int64(gap)
            guard let posting = Format.read(step: step, key: key, from: bytes, at: &offset) else { return false }
            body(posting)
        }
        return true
    }

    /// The postings of a segment as an array (compaction and edits; matching reads them in place).
    static func decode(_ bytes: [UInt8]) -> [Format.Posting]? {
        var result: [Format.Posting] = []
        let complete = bytes.withUnsafeBytes { buffer in forEach(in: buffer) { result.append($0) } }
        return complete ? result : nil
    }
}

/// Varints as the segments write them.
enum PostingBytes {
    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    @inline(__always)
    static func varint(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> UInt64? {
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
