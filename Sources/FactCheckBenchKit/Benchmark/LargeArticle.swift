import Foundation

/// One very large article, for the peak-memory benchmark: a feed-style header, then paragraphs of our own
/// sentences with figures, attributions and quotes, numbered so that none repeats (the extractor drops repeats).
public enum LargeArticle {
    /// The article's text, at least `bytes` long.
    public static func text(bytes: Int) -> String {
        var text = "Harbour Gazette\n\nCOUNCIL PUBLISHES TEN-YEAR SPENDING LEDGER\n\nBy DANA OKAFOR\n\n2024-03-05\n\n"
        text.reserveCapacity(bytes + 400)
        var index = 0
        while text.utf8.count < bytes {
            let year = 1990 + index % 35
            text += "The ward \(index) account spent $\(index % 900 + 10).\(index % 10) million in \(year), up from \(index % 70 + 3) million, "
                + "according to the ledger. Officials said \(index % 40 + 2) percent of it went on roads. "
                + "“We counted \(index + 1_000) repairs,” the treasurer said.\n\n"
            index += 1
        }
        return text
    }

    /// Writes the article to `path` unless a file of that size is already there. Returns its size in bytes.
    @discardableResult
    public static func write(bytes: Int, to path: String) throws -> Int {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size >= bytes { return size }
        let data = Data(text(bytes: bytes).utf8)
        try data.write(to: URL(fileURLWithPath: path))
        return data.count
    }
}
