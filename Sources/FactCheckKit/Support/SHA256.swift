import CSHA256

/// SHA-256 (FIPS 180-4), used to recognise an article body that is already stored.
/// Written here because Foundation on Linux has no digest API and one hash does not warrant a crypto package.
/// On a processor with the SHA extensions the blocks go through them (`CSHA256`); the Swift loop is the fallback.
package enum SHA256 {
    /// The processor has the SHA extensions: asked once.
    package static let hardware = fc_sha256_hardware() != 0

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The digest of the UTF-8 bytes of `text`, as 64 lower-case hex digits.
    static func hexDigest(of text: String) -> String {
        var copy = text
        return copy.withUTF8 { hexDigest(of: $0) }
    }

    /// `hardware: false` forces the Swift loop, so a test can compare the two.
    package static func hexDigest(of bytes: UnsafeBufferPointer<UInt8>, hardware: Bool = SHA256.hardware) -> String {
        var state = State()
        let total = bytes.count
        // Whole blocks are read straight from the input; only the padded tail is copied.
        let whole = total / 64 * 64
        if let base = bytes.baseAddress {
            state.compress(UnsafeRawPointer(base), blocks: whole / 64, hardware: hardware)
        }
        var tail = [UInt8](bytes[whole..<total])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(total) * 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { raw in
            state.compress(raw.baseAddress!, blocks: raw.count / 64, hardware: hardware)
        }
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for word in state.words {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(hex[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The eight working words, kept in locals rather than an array so the compiler holds them in registers.
    private struct State {
        var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19

        var words: [UInt32] { [h0, h1, h2, h3, h4, h5, h6, h7] }

        /// `blocks` whole 64-byte blocks from `data`, through the SHA extensions or the Swift loop.
        mutating func compress(_ data: UnsafeRawPointer, blocks: Int, hardware: Bool) {
            guard blocks > 0 else { return }
            if hardware {
                var words = (h0, h1, h2, h3, h4, h5, h6, h7)
                withUnsafeMutableBytes(of: &words) { raw in
                    SHA256.k.withUnsafeBufferPointer { k in
                        fc_sha256_blocks(
                            raw.baseAddress!.assumingMemoryBound(to: UInt32.self), data.assumingMemoryBound(to: UInt8.self), blocks,
                            k.baseAddress!
                        )
                    }
                }
                (h0, h1, h2, h3, h4, h5, h6, h7) = words
                return
            }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                SHA256.k.withUnsafeBufferPointer { k in
                    for block in 0..<blocks { compress(data + block * 64, w, k) }
                }
            }
        }

        /// One 64-byte block at `block`, with `w` as the message schedule's scratch space.
        @inline(__always)
        mutating func compress(_ block: UnsafeRawPointer, _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>) {
            let w = w.baseAddress!, k = k.baseAddress!
            for i in 0..<16 {
                w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
            }
            for i in 16..<64 {
                let x = w[i - 15], y = w[i - 2]
                let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
                let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= hh
        }
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
