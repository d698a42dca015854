import Foundation

/// A file naming what to ingest, one address or path a line (`--from-list`); blank lines and lines starting
/// with `#` are skipped.
public enum IngestList {
    public static func entries(inFile path: String) throws(IngestError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missingPath(path) }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path, reason: "not a readable file of addresses")
        }
        let entries = entries(in: String(decoding: data, as: UTF8.self))
        if entries.isEmpty { throw .emptyFile(path) }
        return entries
    }

    public static func entries(in text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
