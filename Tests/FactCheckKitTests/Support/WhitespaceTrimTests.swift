import Foundation
import Testing
@testable import FactCheckKit

@Suite struct WhitespaceTrimTests {
    /// Every scalar Foundation trims (U+200B, zero-width space, among them), and the near misses it keeps (BOM, word
    /// joiner, zero-width non-joiner, U+180E), at each end and at both: the byte trim must agree with
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    @Test func agreesWithFoundationOnEveryScalarAtEitherEnd() {
        var candidates: [Unicode.Scalar] = (0...0x3000).compactMap(Unicode.Scalar.init)
        candidates += [0x180E, 0x200B, 0x200C, 0x2060, 0xFEFF, 0xFFFD, 0x1F600].compactMap(Unicode.Scalar.init)
        var disagreements: [String] = []
        for scalar in candidates {
            let s = String(Character(scalar))
            for text in [s + "The mayor spoke.", "The mayor spoke." + s, s + s + "x" + s, s, "\u{301}" + s] {
                let expected = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if WhitespaceTrim.trimmed(text) != expected || WhitespaceTrim.trimmed(Substring(text)) != expected {
                    disagreements.append(String(scalar.value, radix: 16))
                    break
                }
            }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.joined(separator: ", U+"))")
    }

    @Test func trimsUnicodeSpaceAtBothEnds() {
        #expect(WhitespaceTrim.trimmed("\u{3000}\u{A0} The levy rose 4%.\u{2029}\u{85}\u{202F}") == "The levy rose 4%.")
        #expect(WhitespaceTrim.trimmed("\r\n\r\nTwo lines\r\nof text\r\n") == "Two lines\r\nof text")
        // A non-breaking space inside the text stays; one at an end goes.
        #expect(WhitespaceTrim.trimmed("\u{A0}12\u{A0}km\u{A0}") == "12\u{A0}km")
    }

    /// Foundation's set on Linux still holds U+200B (zero-width space, no longer category Z): trimmed like the rest.
    @Test func trimsAZeroWidthSpaceAsFoundationDoes() {
        #expect(WhitespaceTrim.trimmed("\u{200B}Budget day\u{200B}") == "Budget day")
    }

    /// A byte-order mark is not white space: Foundation keeps it, and so does the trim.
    @Test func keepsAByteOrderMark() {
        #expect(WhitespaceTrim.trimmed("\u{FEFF} Budget day ") == "\u{FEFF} Budget day")
    }

    /// A space followed by a combining mark: the space goes and the mark stays, as Foundation does (it trims scalars).
    @Test func trimsScalarsNotCharacters() {
        let text = " \u{301}accent "
        #expect(WhitespaceTrim.trimmed(text).unicodeScalars.first == "\u{301}")
        #expect(WhitespaceTrim.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func emptyAndBlankBecomeEmpty() {
        #expect(WhitespaceTrim.trimmed("") == "")
        #expect(WhitespaceTrim.trimmed(" \n\t\u{2003}\r\n") == "")
        #expect(WhitespaceTrim.trimmed(Substring("  ")) == "")
    }

    /// A slice keeps its own bounds: only the slice's ends are trimmed.
    @Test func trimsASliceWithinItsBounds() {
        let text = "Header\n\n  Body text.  \n\nFooter"
        let body = text[text.range(of: "\n\n")!.upperBound..<text.range(of: "\n\nFooter")!.lowerBound]
        #expect(WhitespaceTrim.trimmed(body) == "Body text.")
    }

    /// Nothing to trim: the same string comes back, not a copy.
    @Test func anUntrimmedStringIsReturnedAsIs() {
        let text = String(repeating: "The council met. ", count: 1_000) + "End."
        let trimmed = WhitespaceTrim.trimmed(text)
        #expect(trimmed == text)
        let sameStorage = text.utf8.withContiguousStorageIfAvailable { a in
            trimmed.utf8.withContiguousStorageIfAvailable { b in a.baseAddress == b.baseAddress }
        }
        #expect(sameStorage == true)
    }
}
