import Foundation
import Testing
import TestSupport

@Suite("factcheck-bench eval")
struct EvalCommandTests {
    @Test("a missing folder is an error that says what to pass")
    func missingFolder() throws {
        let result = try CLI.run(["eval", "/nonexistent/eval"], binary: Paths.benchBinary)
        #expect(result.status == 66)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.contains("/nonexistent/eval"))
    }

    @Test("editors' factcheck no longer has eval, and its help lists no developer tool")
    func notInFactcheck() throws {
        let result = try CLI.run(["eval", "/nonexistent/eval"])
        #expect(result.status == 64)
        let help = try CLI.run(["--help"])
        #expect(!help.stdout.contains("eval"))
        #expect(!help.stdout.contains("bench"))
    }
}

@Suite("factcheck-bench eval on the shared suites")
struct EvalRunTests {
    @Test("prints one table with every suite", .enabled(if: Paths.shared("eval/README.md") != nil, "needs ../shared/eval"))
    func table() throws {
        let eval = try #require(Paths.shared("eval")).path
        let result = try CLI.run(["eval", eval, "--speed-seconds", "0.05"], binary: Paths.benchBinary)
        #expect(result.status == 0)
        for row in ["Recognizers-Text numbers", "Recognizers-Text percentages", "Recognizers-Text currency", "quantulum3",
                    "GUM direct quotes found", "ClaimBuster F1", "ClaimBuster ROC AUC", "CLEF 2019 task 1 MAP", "extractor speed"] {
            #expect(result.stdout.contains(row))
        }
    }
}
