import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite("quantity highlighting")
struct QuantityMarksTests {
    @Test("ingest stores each quantity's offsets in the body, and they point at its text")
    func offsetsAreStored() throws {
        let fixture = try HeraldStoreFixture()
        try fixture.ingest()
        for claim in try fixture.store.claims(ClaimFilter()) {
            let body = Array(try fixture.store.article(claim.articleID).body.utf8)
            for quantity in claim.quantities {
                let start = try #require(quantity.startOffset), end = try #require(quantity.endOffset)
                #expect(Array(body[start..<end]) == Array(quantity.text.utf8))
            }
        }
    }

    @Test("the figure that was read is marked, not an earlier string that looks like it")
    func offsetsPickTheOccurrence() {
        // "12" stands inside "2012" before the 12 bridges; the offsets say which one the extractor read.
        let text = "In 2012 the council built 12 bridges."
        let start = text.utf8.count - " bridges.".utf8.count - 2
        let twelve = Quantity(text: "12", value: 12, unit: "bridges", kind: .count, startOffset: 100 + start, endOffset: 102 + start)
        #expect(HTML.highlight(text, claimStart: 100, quantities: [twelve]) == "In 2012 the council built <mark>12</mark> bridges.")
        #expect(Markdown.highlight(text, claimStart: 100, quantities: [twelve]) == "In 2012 the council built **12** bridges.")
        // Without offsets (stored before they were kept), the first match, as before.
        var old = twelve
        old.startOffset = nil
        old.endOffset = nil
        #expect(HTML.highlight(text, claimStart: 100, quantities: [old]) == "In 20<mark>12</mark> the council built 12 bridges.")
    }

    @Test("offsets that no longer fit an edited claim fall back to the text")
    func editedClaimFallsBack() {
        let twelve = Quantity(text: "12", value: 12, unit: nil, kind: .number, startOffset: 3, endOffset: 5)
        #expect(HTML.highlight("Now 12.", claimStart: 0, quantities: [twelve]) == "Now <mark>12</mark>.")
    }
}
