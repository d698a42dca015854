import Foundation
import Testing
import TestSupport

@Suite("factcheck eval")
struct EvalCommandTests {
    @Test("a missing folder is an error that says what to pass")
    func missingFolder() throws {
        let result = try CLI.run(["eval", "/nonexistent/eval"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/eval"))
    }
}

@Suite("factcheck eval on the shared suites")
struct EvalRunTests {
    @Test("prints one table with every suite", .enabled(if: Paths.shared("eval/README.md") != nil, "needs ../shared/eval"))
    func table() throws {
        let eval = try #require(Paths.shared("eval")).path
        let result = try CLI.run(["eval", eval, "--speed-seconds", "0.05"])
        #expect(result.status == 0)
        for row in ["Recognizers-Text numbers", "Recognizers-Text percentages", "Recognizers-Text currency", "quantulum3",
                    "GUM direct quotes found", "ClaimBuster F1", "ClaimBuster ROC AUC", "CLEF 2019 task 1 MAP", "extractor speed"] {
            #expect(result.stdout.contains(row))
        }
    }
}
