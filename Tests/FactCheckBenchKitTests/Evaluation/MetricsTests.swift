import Testing
@testable import FactCheckBenchKit
import FactCheckKit

@Suite("Evaluation metrics")
struct MetricsTests {
    @Test("ROC AUC: perfect, reversed, and ties counted half")
    func rocAUC() {
        #expect(Ranking.rocAUC([(0.9, true), (0.8, true), (0.2, false), (0.1, false)]) == 1)
        #expect(Ranking.rocAUC([(0.1, true), (0.9, false)]) == 0)
        #expect(Ranking.rocAUC([(0.5, true), (0.5, false)]) == 0.5)
    }

    @Test("average precision ranks by score, equal scores in reading order")
    func averagePrecision() throws {
        // Ranked: + (1/1), - , + (2/3): AP = (1 + 2/3) / 2.
        let ap = try #require(Ranking.averagePrecision([(0.9, true), (0.5, false), (0.5, true)]))
        #expect(abs(ap - (1 + 2.0 / 3) / 2) < 1e-12)
        #expect(Ranking.averagePrecision([(0.3, false)]) == nil)
    }

    @Test("CSV fields with commas, doubled quotes and line breaks")
    func csv() {
        let rows = CSVText.rows("a,b,c\n1,\"x, \"\"y\"\"\",3\r\n2,\"two\nlines\",4\n")
        #expect(rows == [["a", "b", "c"], ["1", "x, \"y\"", "3"], ["2", "two\nlines", "4"]])
    }

    @Test("scalar offsets count Unicode scalars, as GUM does")
    func scalarOffsets() {
        let offsets = ScalarOffsets("a“b”c")
        #expect(offsets.scalar(atByte: 0) == 0)
        #expect(offsets.scalar(atByte: 4) == 2)  // "b" after the three-byte quote
        #expect(offsets.scalar(atByte: 8) == 4)  // "c"
    }
}
