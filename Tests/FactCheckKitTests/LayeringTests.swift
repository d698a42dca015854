import Foundation
import Testing

/// The engine's folders depend one way: Support ← Model ← Extraction, Model ← Store ← Ingest, Reports, Rendering.
/// Proven from the sources: a folder names no type declared in a folder above it.
@Suite("layering")
struct LayeringTests {
    static let engine = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/FactCheckKit").standardizedFileURL

    /// What each folder may use besides itself.
    static let allowed: [String: Set<String>] = [
        "Support": [],
        "Model": ["Support"],
        "Extraction": ["Support", "Model"],
        "Store": ["Support", "Model"],
    ]

    @Test("Support, Model, Extraction and Store name no type of a layer above them", arguments: ["Support", "Model", "Extraction", "Store"])
    func noUpwardDependency(folder: String) throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.engine.path).sorted()
        #expect(folders.contains("Store") && folders.contains("Extraction"))
        let forbidden = folders.filter { $0 != folder && !Self.allowed[folder, default: []].contains($0) }
        var declared: [String: String] = [:]
        for other in forbidden {
            for (_, source) in try Self.sources(in: other) {
                for name in Self.declaredTypes(source) { declared[name] = other }
            }
        }
        for (file, source) in try Self.sources(in: folder) {
            let words = Set(Self.code(source).split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init))
            for (name, other) in declared where words.contains(name) {
                Issue.record("\(folder)/\(file) uses \(name) from \(other)")
            }
        }
    }

    static func sources(in folder: String) throws -> [(String, String)] {
        let url = engine.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// Type names declared at the start of a line (nested `CodingKeys` and the like are left out: they are private).
    static func declaredTypes(_ source: String) -> [String] {
        let modifiers: Set<Substring> = ["public", "package", "final", "indirect", "internal"]
        return source.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix(" ") else { return nil }
            let words = line.split(separator: " ").drop { modifiers.contains($0) }
            guard let keyword = words.first, ["struct", "enum", "class", "protocol", "actor", "typealias"].contains(keyword),
                  let name = words.dropFirst().first else { return nil }
            return String(name.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        }
    }

    /// The source without comments and string literals, so words may name what a type is for.
    static func code(_ source: String) -> String {
        source.split(separator: "\n").map { line in
            var kept = "", inString = false
            for (index, character) in line.enumerated() {
                if !inString, character == "/", line.dropFirst(index + 1).first == "/" { break }
                if character == "\"" { inString.toggle() } else if !inString { kept.append(character) }
            }
            return kept
        }.joined(separator: "\n")
    }
}
