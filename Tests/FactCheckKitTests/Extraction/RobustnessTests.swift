import Foundation
import Testing
@testable import FactCheckKit

@Suite("Robustness: no crash or hang on any input")
struct RobustnessTests {
    let extractor = ClaimExtractor()

    @Test("random bytes and invalid UTF-8")
    func randomBytes() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<200 {
            let bytes = (0..<Int(generator.next() % 400)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let text = String(decoding: bytes, as: UTF8.self)
            for claim in extractor.extract(from: text) {
                #expect(claim.startOffset <= claim.endOffset)
            }
        }
        let invalid = String(decoding: [0xFF, 0xFE, 0x24, 0x31, 0xC3, 0x28, 0xE2, 0x80, 0x20, 0x39, 0x37, 0x25], as: UTF8.self)
        _ = extractor.extract(from: invalid)
    }

    @Test("only punctuation, and degenerate number runs")
    func punctuation() {
        for text in ["", ".", "?!?!…", String(repeating: "“”‘’—-,;:()[]$£€%/", count: 2_000),
                     String(repeating: "1,", count: 20_000), String(repeating: "-1/", count: 5_000),
                     String(repeating: "one and a half and ", count: 2_000)] {
            let claims = extractor.extract(from: text)
            #expect(claims.count <= text.utf8.count)
        }
    }

    @Test("a large article and a single very long sentence finish")
    func largeInputs() {
        // Debug builds are slow: the sizes keep the test to seconds; release handles 50 MB (see BENCHMARKS.md).
        let article = (0..<2_000).map {
            "The agency spent $\($0) million in 2014, up from 97 million, according to the report. “It doubled by \($0),” Ruiz said.\n\n"
        }.joined()
        #expect(extractor.extract(from: article).count >= 2_000)
        let sentence = String(repeating: "and 12 more people waited ", count: 20_000)
        _ = extractor.extract(from: sentence)
    }
}

/// A small deterministic generator, so a failing input can be reproduced.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
