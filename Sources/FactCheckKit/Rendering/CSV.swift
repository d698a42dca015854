/// RFC 4180 fields and rows: quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF line ends.
public enum CSV {
    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return neutralised(value)
        }
        return "\"" + neutralised(value).replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The start of a CSV report: a byte-order mark (Excel reads a file as UTF-8 only with one), then the header row.
    static func document(header: [String]) -> String { "\u{FEFF}" + row(header) }

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
