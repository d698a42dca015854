/// RFC 4180 fields and rows: quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF line ends.
public enum CSV {
    /// Every CSV factcheck writes (report, claims, articles) opens with a UTF-8 byte-order mark, and only CSV does.
    /// Editors open these files in Excel, which reads UTF-8 without one as the local code page (curly quotes,
    /// £ and € turn to mojibake); Python's "utf-8-sig", pandas, LibreOffice and csvkit skip it.
    public static let byteOrderMark = "\u{FEFF}"

    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return neutralised(value)
        }
        return "\"" + neutralised(value).replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The start of every CSV: `byteOrderMark`, then the header row.
    public static func document(header: [String]) -> String { byteOrderMark + row(header) }

    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Spreadsheets may run a cell that starts with = + - @, a tab or a carriage return (OWASP's list) as a formula;
    /// a leading apostrophe keeps it text. Numbers such as -12 are left alone.
    private static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(value) == nil else { return value }
        return "'" + value
    }
}
