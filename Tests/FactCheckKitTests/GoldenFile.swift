import Foundation
import Testing

/// Golden files: expected outputs kept in the repository and compared byte for byte.
enum GoldenFile {
    /// Compares `output` with the file at `url`, or rewrites the file when FACTCHECK_UPDATE_GOLDEN=1
    /// (a deliberate change: read the diff, and say in the commit why the output moved).
    static func compare(_ output: String, with url: URL) throws {
        if ProcessInfo.processInfo.environment["FACTCHECK_UPDATE_GOLDEN"] == "1" {
            try Data(output.utf8).write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(
            Data(output.utf8) == expected,
            "\(url.lastPathComponent) differs from the golden file; if the change is meant, regenerate with FACTCHECK_UPDATE_GOLDEN=1"
        )
    }
}
