/// Text on its way to a terminal, made harmless: a control character in an article or a note cannot clear the
/// editor's screen (`ESC[2J`), draw a fake link (OSC 8) or start a forged line.
///
/// Only text output is escaped; JSON and CSV keep the text verbatim (correctly quoted for their format).
public enum TerminalText {
    /// `text` with every C0 control but tab, DEL, every C1 control and the Unicode line separators replaced by a
    /// visible escape (`\x1B`, `\u{2028}`). With `isName`, the bidirectional embedding, override and isolate
    /// controls too: in a name they can only disguise it, while article text may need them.
    public static func escaped(_ text: String, isName: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, isName: isName) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, isName: isName) { out += visible(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// A name (editor, assignee, author, publication, headline) for a terminal: `escaped(_:isName: true)`.
    public static func name(_ text: String) -> String { escaped(text, isName: true) }

    /// True for the scalars `escaped` replaces.
    static func needsEscape(_ scalar: Unicode.Scalar, isName: Bool) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        case 0x202A...0x202E, 0x2066...0x2069: isName
        default: false
        }
    }

    /// True when a name holds a character `name(_:)` would escape: editors' names refuse them outright.
    public static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0x09 || needsEscape($0, isName: true) }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
    }
}
