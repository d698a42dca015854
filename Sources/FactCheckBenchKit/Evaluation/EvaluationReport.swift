import FactCheckKit

/// One line of the evaluation table: a metric on one external suite.
public struct EvaluationRow: Equatable, Sendable {
    /// The suite and what is measured: "Recognizers-Text numbers".
    public var suite: String
    /// The figure as shown: "92.1% (186/202)".
    public var result: String
    /// The goal from the issue, or a peer's figure, when there is one.
    public var target: String
    /// Which cases were left out and why, or how the figure was measured.
    public var note: String

    public init(suite: String, result: String, target: String = "", note: String = "") {
        self.suite = suite
        self.result = result
        self.target = target
        self.note = note
    }
}

/// Everything `factcheck eval` measured, in the order it prints.
public struct EvaluationReport: Sendable {
    public var rows: [EvaluationRow] = []
    /// Suites that could not be read (file missing), with the path tried.
    public var skipped: [String] = []
    /// The inputs each suite missed, by suite name, for `--misses`.
    public var misses: [(suite: String, inputs: [String])] = []

    public init() {}

    /// Every missed input, one per line under its suite.
    public func missList() -> String {
        var out = ""
        for (suite, inputs) in misses where !inputs.isEmpty {
            out += "\(suite): \(inputs.count) missed\n"
            for input in inputs { out += "  \(input.replacingOccurrences(of: "\n", with: " "))\n" }
        }
        return out
    }

    /// The report as one plain-text table, then the notes and skipped suites.
    public func table() -> String {
        let headers = ["suite", "result", "target / peer"]
        var widths = headers.map(\.count)
        for row in rows {
            widths[0] = max(widths[0], row.suite.count)
            widths[1] = max(widths[1], row.result.count)
            widths[2] = max(widths[2], row.target.count)
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingTrailingSpaces() + "\n"
        }
        var out = line(headers)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { out += line([row.suite, row.result, row.target]) }
        let notes = rows.filter { !$0.note.isEmpty }
        if !notes.isEmpty {
            out += "\nNotes:\n"
            for row in notes { out += "- \(row.suite): \(row.note)\n" }
        }
        if !skipped.isEmpty {
            out += "\nSkipped:\n"
            for item in skipped { out += "- \(item)\n" }
        }
        return out
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

/// Formatting shared by the suites.
enum Figures {
    static func percent(_ hits: Int, of total: Int) -> String {
        guard total > 0 else { return "n/a (0 cases)" }
        return "\(fixed(100 * Double(hits) / Double(total), 1))% (\(hits)/\(total))"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if digits == 0, text.hasSuffix(".0") { text.removeLast(2) }
        if let dot = text.firstIndex(of: "."), digits > 0 {
            let have = text.distance(from: dot, to: text.endIndex) - 1
            if have < digits { text += String(repeating: "0", count: digits - have) }
        }
        return text
    }
}
