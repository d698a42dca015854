import Foundation

/// Values that look like options. ArgumentParser reads `-The Herald` or `-hi.txt` as a cluster of short flags, and
/// the `h` in it as a request for help: the command would print help and exit 0 having done nothing, which a
/// script reads as success. Such a token is refused before parsing, with a line saying how to pass it.
enum OptionLikeValue {
    /// The one-line refusal for the first option-like value in `arguments`, or nil when there is none.
    /// Tokens after `--` are values and are not looked at.
    static func refusal(in arguments: [String]) -> String? {
        var previous: String?
        for token in arguments {
            if token == "--" { return nil }
            defer { previous = token }
            guard looksLikeValue(token) else { continue }
            let shown = token.count > 40 ? String(token.prefix(40)) + "…" : token
            if let option = previous, option.hasPrefix("--"), option.count > 2, !option.contains("=") {
                return "'\(shown)' starts with '-' and would be read as options, not as the value of \(option); "
                    + "write it as \(option)=\(shell(token))"
            }
            return "'\(shown)' starts with '-' and would be read as options; if it is a value (a file name, a setting), "
                + "put -- before it: ... -- \(shell(token))"
        }
        return nil
    }

    /// `-hi.txt`, `-The Herald`, `-hello`: one dash, then more than one character, and not a number such as `-3`.
    /// Single-letter options (`-h`, `-o`) and long ones (`--note`, `--note=-h`) are left to the parser.
    static func looksLikeValue(_ token: String) -> Bool {
        token.hasPrefix("-") && !token.hasPrefix("--") && token.count > 2 && Double(token) == nil
    }

    /// The token quoted for a shell when it needs it.
    private static func shell(_ token: String) -> String {
        token.allSatisfy { $0.isLetter || $0.isNumber || "-_.=/:@+,".contains($0) }
            ? token : "'" + token.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// ArgumentParser's error messages reshaped to one line: the choices kept (not cut off after "one of the
/// following:"), the nearest valid value suggested, and a hint when an option's value starts with '-'.
enum ParserMessage {
    static func oneLine(_ message: String, arguments: [String], subcommands: [String]) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard var first = lines.first.map({ $0.replacingOccurrences(of: "Error: ", with: "") }) else { return "invalid arguments" }
        if let range = first.range(of: ". Please provide one of") {
            first = String(first[..<range.lowerBound])
            let choices = valueChoices(message)
            let value = quoted(after: "The value '", in: first)
            var out = first
            if let value, let nearest = nearest(to: value, among: choices) {
                out += "; did you mean '\(nearest)'?" + (choices.isEmpty ? "" : " Choose one of: ")
            } else if !choices.isEmpty {
                out += "; choose one of: "
            }
            out += choices.joined(separator: ", ")
            return out
        }
        if let value = quoted(after: "Unexpected argument '", in: first), arguments.first == value, !subcommands.isEmpty {
            let suggestion = nearest(to: value, among: subcommands).map { "; did you mean '\($0)'?" } ?? ""
            return "unknown command '\(value)'\(suggestion) Commands: " + subcommands.joined(separator: ", ")
        }
        if let option = quoted(after: "Missing value for '", in: first)?.split(separator: " ").first.map(String.init),
           let index = arguments.firstIndex(of: option), index + 1 < arguments.count, arguments[index + 1].hasPrefix("-") {
            return first + "; a value that starts with '-' is written \(option)=\(arguments[index + 1])"
        }
        return first
    }

    /// The choices ArgumentParser listed: as bullets ("  - verified") or inline ("one of 'a', 'b' or 'c'.").
    static func valueChoices(_ message: String) -> [String] {
        let bullets = message.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("- ") ? String(trimmed.dropFirst(2)) : nil
        }
        if !bullets.isEmpty { return bullets }
        guard let range = message.range(of: "Please provide one of ") else { return [] }
        return message[range.upperBound...].split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    private static func quoted(after prefix: String, in text: String) -> String? {
        guard let start = text.range(of: prefix) else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    /// The choice closest to `value` by edit distance, when it is close enough to be a typo.
    static func nearest(to value: String, among choices: [String]) -> String? {
        let lowered = value.lowercased()
        if let prefixed = choices.first(where: { $0.hasPrefix(lowered) && lowered.count >= 3 }) { return prefixed }
        let scored = choices.map { ($0, distance(lowered, $0)) }.min { $0.1 < $1.1 }
        guard let (choice, score) = scored, score <= max(2, lowered.count / 3) else { return nil }
        return choice
    }

    /// Levenshtein distance between two short words.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = a[i - 1] == b[j - 1] ? previous : 1 + min(previous, row[j], row[j - 1])
                previous = current
            }
        }
        return row[b.count]
    }
}
