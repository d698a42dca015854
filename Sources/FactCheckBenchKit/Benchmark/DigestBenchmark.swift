import FactCheckKit
import Foundation

/// SHA-256 of one body through the processor's SHA extensions and through the portable Swift loop, in one run.
public enum DigestBenchmark {
    public struct Result: Sendable {
        public var bytes: Int
        /// The extensions were there to use: without them both rows time the Swift loop.
        public var hardware: Bool
        /// CPU seconds per pass, medians over the runs.
        public var hardwareSeconds: Double
        public var portableSeconds: Double
    }

    /// Hashes `bytes` pseudo-random bytes `runs` times each way, alternating, and checks both give one digest.
    public static func run(bytes: Int, runs: Int) throws -> Result {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let body = (0..<bytes).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        var fast: [Double] = [], portable: [Double] = []
        try body.withUnsafeBufferPointer { buffer in
            for _ in 0..<max(1, runs) {
                var start = Stopwatch.cpu()
                let a = SHA256.hexDigest(of: buffer, hardware: SHA256.hardware)
                fast.append(Stopwatch.cpu() - start)
                start = Stopwatch.cpu()
                let b = SHA256.hexDigest(of: buffer, hardware: false)
                portable.append(Stopwatch.cpu() - start)
                guard a == b else { throw DigestMismatch() }
            }
        }
        return Result(bytes: bytes, hardware: SHA256.hardware, hardwareSeconds: median(fast), portableSeconds: median(portable))
    }

    struct DigestMismatch: Error, CustomStringConvertible {
        var description: String { "the two SHA-256 paths gave different digests" }
    }
}
