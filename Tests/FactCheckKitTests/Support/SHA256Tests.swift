import Testing
@testable import FactCheckKit

@Suite struct SHA256Tests {
    /// Lengths either side of each padding boundary (55/56 bytes: the length still fits the block; 64: a whole block),
    /// and a long input read in place block by block. Digests from Python's hashlib.
    @Test(arguments: [
        (55, "7ed6d8fb55b2fbaf6ee91a9e34b3f256f1bb0895ce1fbfed97c15e87e1d85f4c"),
        (56, "47abd0ca42b8147186c8a910607e75b38856575b6a057f94bb87be625182f8ad"),
        (63, "702ba1770ec49660f054c6b821a6f26a0de634524523934918f92d69640185ed"),
        (64, "74a03e13467960c97838b31248e7cbb29098bba821df57b5390ad3ee53ad25ee"),
        (65, "4423e92c15c2b010860724c7945a9149013dbbbbfe4d20996e0d2edeeeb03ec5"),
        (119, "63cc9e579c8a454e36a95cb6c4dfba226de7ae253d88330228144648deafef58"),
        (128, "3df72fc6105ca8e9974c13efe7c41e8f3a7cc40dd33dacaf7c8606089502f446"),
        (1_000_003, "db3aa921bc50f60c421825527ce4262a3aad7d5e00a26826aa44cb7b745d74fc"),
    ])
    func digestsAtEveryPaddingBoundary(length: Int, digest: String) {
        let text = String(String(repeating: "factcheck ", count: length / 10 + 1).prefix(length))
        #expect(SHA256.hexDigest(of: text) == digest)
    }

    /// The bytes hashed are the string's UTF-8, whatever its storage (a bridged or sliced string included).
    @Test func hashesTheUTF8OfAnyString() {
        let word = "café"
        #expect(SHA256.hexDigest(of: String(Substring(word))) == SHA256.hexDigest(of: "caf\u{E9}"))
        #expect(SHA256.hexDigest(of: word) != SHA256.hexDigest(of: "cafe\u{301}"))
    }

    /// The SHA extensions and the Swift loop agree on every length from 0 to 300 bytes and on long random bodies
    /// (where the processor has no SHA extensions, the hardware path is not taken and this compares the loop with
    /// itself: the digests above still pin it).
    @Test func hardwareAndSwiftLoopAgree() {
        var generator = SystemRandomNumberGenerator()
        var lengths = Array(0...300)
        lengths += (0..<20).map { _ in Int.random(in: 1_000...200_000, using: &generator) }
        for length in lengths {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let (fast, portable) = bytes.withUnsafeBufferPointer {
                (SHA256.hexDigest(of: $0), SHA256.hexDigest(of: $0, hardware: false))
            }
            #expect(fast == portable, "length \(length)")
        }
    }

    @Test func reportsWhetherTheHardwarePathIsTaken() {
        // Recorded in the test log, so a run on a machine without the extensions says so.
        print("SHA-256 through the SHA extensions: \(SHA256.hardware)")
        #expect(SHA256.hexDigest(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
