import Foundation
import Testing
@testable import FactCheckKit

@Suite("terminal colour")
struct TerminalColourTests {
    @Test("colour only on a terminal, and never with NO_COLOR set or TERM=dumb")
    func whenColourIsUsed() {
        #expect(TerminalColour.enabled(outputIsTerminal: true, environment: ["TERM": "xterm-256color"]))
        #expect(!TerminalColour.enabled(outputIsTerminal: false, environment: ["TERM": "xterm-256color"]))
        #expect(!TerminalColour.enabled(outputIsTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(TerminalColour.enabled(outputIsTerminal: true, environment: ["NO_COLOR": ""]))  // no-color.org: set and non-empty
        #expect(!TerminalColour.enabled(outputIsTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test("a coloured table has the same columns as a plain one once the escapes are taken out")
    func colourKeepsColumns() {
        let claims = [ClaimStatus.verified, .false, .unverified, .inReview].enumerated().map { index, status in
            Claim(
                id: ClaimID(Int64(index + 1)), articleID: ArticleID(1), position: index, startOffset: 0, endOffset: 4, text: "Text",
                kinds: [], score: 0.5, reasons: [], status: status, speaker: nil, attribution: nil, timeReference: nil,
                verdictNote: nil, assignee: nil, quantities: [], evidenceCount: 0, updatedAt: "2026-01-01T00:00:00.000Z"
            )
        }
        let plain = ClaimList.table(claims, width: 80)
        let coloured = ClaimList.table(claims, width: 80, colour: true)
        #expect(plain != coloured && !plain.contains("\u{1B}"))
        #expect(coloured.replacingOccurrences(of: "\u{1B}\\[[0-9]+m", with: "", options: .regularExpression) == plain)
    }
}
