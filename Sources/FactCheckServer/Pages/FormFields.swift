import Foundation
import Hummingbird

/// A submitted form (`application/x-www-form-urlencoded`): the first value of each field, `+` read as a space.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    init(_ request: Request) async throws {
        let buffer = try await Body.collect(request)
        self.init(String(buffer: buffer))
    }

    init(_ encoded: String) {
        for pair in encoded.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            let name = decode(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
    }

    /// The field's value, nil when missing or only blanks.
    subscript(_ name: String) -> String? {
        values[name].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }

    /// The field exactly as sent (for text that an editor typed, where blanks matter to the store's own checks).
    func raw(_ name: String) -> String? { values[name] }
}
