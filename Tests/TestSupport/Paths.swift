import Foundation

/// Where the repository, its examples and the team's shared material are.
public enum Paths {
    /// The package root, found from this file's location.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var examples: URL { packageRoot.appendingPathComponent("examples") }

    /// `../shared` beside the checkout, or nil on a fresh clone that does not have it.
    public static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A file under `../shared`, or nil when it is absent (tests then skip, saying so).
    public static func shared(_ relative: String) -> URL? {
        guard let url = shared?.appendingPathComponent(relative), FileManager.default.fileExists(atPath: url.path) else {
            return nil
        }
        return url
    }

    /// The built `factcheck` binary beside the test bundle.
    public static var binary: URL { builtBinary("factcheck") }

    /// The built `factcheck-bench` binary beside the test bundle.
    public static var benchBinary: URL { builtBinary("factcheck-bench") }

    private static func builtBinary(_ name: String) -> URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent(name),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name),
            packageRoot.appendingPathComponent(".build/debug/\(name)"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}
