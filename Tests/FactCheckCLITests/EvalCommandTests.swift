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
