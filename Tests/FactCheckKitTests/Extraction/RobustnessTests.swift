import FactCheckBenchKit
import Foundation
import Testing
@testable import FactCheckKit

@Suite("Robustness: no crash or hang on any input")
struct RobustnessTests {
    let extractor = ClaimExtractor()

    @Test("random bytes and invalid UTF-8")
    func randomBytes() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let bytes = (0..<Int(generator.next() % 400)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            expectClaimsStandInBody(String(decoding: bytes, as: UTF8.self))
        }
        let invalid = String(decoding: [0xFF, 0xFE, 0x24, 0x31, 0xC3, 0x28, 0xE2, 0x80, 0x20, 0x39, 0x37, 0x25], as: UTF8.self)
        _ = extractor.extract(from: invalid)
    }

    @Test("random newsy text: every claim is its body slice, every quantity stands in its claim")
    func randomNewsyText() {
        // Pieces that exercise quantities, quotes, attributions and sentence ends, shuffled at random.
        let pieces = ["The", "agency", "spent", "$4.5", "million", "in", "2014", ",", ".", "“", "”", "\"", "'", "said", "Ruiz",
                      "according to", "the report", "12%", "97", "percent", "one and a half", "£3bn", "€20", "up from", "nearly",
                      "more than", "-1/2", "1,200", "countries", "\n\n", "\n", "—", "(", ")", "?", "!", "é", "Dr.", "U.S.", "No. 1"]
        var generator = SeededGenerator(seed: 7)
        var quantities = 0
        for _ in 0..<300 {
            let words = (0..<Int(generator.next() % 60)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
            quantities += expectClaimsStandInBody(words.joined(separator: generator.next() % 3 == 0 ? "" : " "))
        }
        #expect(quantities > 100, "the generated text should reach the quantity scanner")
    }

    /// `body[start..<end]` is the claim's text byte for byte, each quantity's text is found in its claim, and its
    /// stored offsets point at that text in the body.
    /// Returns how many quantities were checked.
    @discardableResult
    private func expectClaimsStandInBody(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let body = Array(text.utf8)
        var quantities = 0
        for claim in extractor.extract(from: text) {
            guard claim.startOffset >= 0, claim.startOffset <= claim.endOffset, claim.endOffset <= body.count else {
                Issue.record("claim offsets \(claim.startOffset)..<\(claim.endOffset) outside a \(body.count)-byte body", sourceLocation: sourceLocation)
                continue
            }
            #expect(Array(body[claim.startOffset..<claim.endOffset]) == Array(claim.text.utf8), "in \(text.debugDescription)",
                    sourceLocation: sourceLocation)
            for quantity in claim.quantities {
                #expect(claim.text.utf8.firstRange(of: quantity.text.utf8) != nil,
                        "quantity \(quantity.text.debugDescription) not in claim \(claim.text.debugDescription)", sourceLocation: sourceLocation)
                if let start = quantity.startOffset, let end = quantity.endOffset {
                    #expect(start >= claim.startOffset && end <= claim.endOffset && start <= end
                            && Array(body[start..<end]) == Array(quantity.text.utf8),
                            "quantity \(quantity.text.debugDescription) offsets \(start)..<\(end) in \(text.debugDescription)",
                            sourceLocation: sourceLocation)
                } else {
                    Issue.record("quantity \(quantity.text.debugDescription) has no offsets", sourceLocation: sourceLocation)
                }
                quantities += 1
            }
        }
        return quantities
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

    // A debug build extracts about 0.5 MB/s, so there the sizes are cut to keep the test to seconds;
    // `swift test -c release` runs the full 50 MB article and 5 MB sentence.
    #if DEBUG
    static let articleBytes = 1_000_000
    static let sentenceBytes = 500_000
    #else
    static let articleBytes = 50_000_000
    static let sentenceBytes = 5_000_000
    #endif

    @Test("a large article and a single very long sentence finish")
    func largeInputs() {
        var article = ""
        article.reserveCapacity(Self.articleBytes + 200)
        var index = 0
        while article.utf8.count < Self.articleBytes {
            article += "The agency spent $\(index) million in 2014, up from 97 million, according to the report. “It doubled by \(index),” Ruiz said.\n\n"
            index += 1
        }
        #expect(extractor.extract(from: article).count >= index)
        let words = "and 12 more people waited "
        let sentence = String(repeating: words, count: Self.sentenceBytes / words.utf8.count)
        let claims = extractor.extract(from: sentence)
        #expect(claims.count == 1)
    }
}
