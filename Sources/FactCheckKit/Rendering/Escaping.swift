/// Fast escaping for report text: a table of replacements for ASCII characters, applied byte by byte.
/// Every character the formats treat specially is ASCII, so UTF-8 text outside it passes through untouched.
struct ASCIIEscapes: Sendable {
    private let table: [[UInt8]?]

    init(_ replacements: [Character: String]) {
        var table = [[UInt8]?](repeating: nil, count: 128)
        for (character, replacement) in replacements {
            table[Int(character.asciiValue!)] = Array(replacement.utf8)
        }
        self.table = table
    }

    /// Backslash before each of `characters`, as CommonMark escapes punctuation.
    static func backslash(_ characters: String) -> ASCIIEscapes {
        ASCIIEscapes(Dictionary(uniqueKeysWithValues: characters.map { ($0, "\\" + String($0)) }))
    }

    func apply(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 < 128 && table[Int($0)] != nil }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            if byte < 128, let replacement = table[Int(byte)] { out += replacement } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

enum Escaping {
    /// Text on one line: each run of line breaks becomes one space, tabs become spaces, and the ends are trimmed.
    static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\t", " ":
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
