/// Index terms given as bytes, each numbered once: what the matching index's writer keys a batch's postings by
/// without making a `String` per token or hashing one (`FNV1a` over the bytes, compared byte for byte).
struct TermInterner {
    private var slots: [Int32] = Array(repeating: -1, count: 1_024)
    private var hashes: [UInt64] = []
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]

    var count: Int { hashes.count }

    /// The number of `term`, numbering it if it is new (0, 1, 2 ... in order of first appearance).
    mutating func number(of term: UnsafeRawBufferPointer) -> Int {
        let hash = FNV1a.hash(term)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash, starts[index + 1] - starts[index] == term.count,
               bytes.withUnsafeBufferPointer({ stored in
                   (0..<term.count).allSatisfy { stored[starts[index] + $0] == term[$0] }
               }) {
                return index
            }
            slot = (slot + 1) & mask
        }
        let index = hashes.count
        slots[slot] = Int32(index)
        hashes.append(hash)
        bytes.append(contentsOf: term)
        starts.append(bytes.count)
        if hashes.count * 2 > slots.count { grow() }
        return index
    }

    /// Term `index` as a string.
    func term(_ index: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[starts[index]..<starts[index + 1]]), as: UTF8.self) }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
