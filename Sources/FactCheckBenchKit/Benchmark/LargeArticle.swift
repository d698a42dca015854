import Foundation

/// One very large article, for the peak-memory benchmark: a feed-style header, then paragraphs of our own
/// sentences with figures, attributions and quotes, numbered so that none repeats (the extractor drops repeats).
public enum LargeArticle {
    static let header = "Harbour Gazette\n\nCOUNCIL PUBLISHES TEN-YEAR SPENDING LEDGER\n\nBy DANA OKAFOR\n\n2024-03-05\n\n"

    /// The article's text, at least `bytes` long.
    public static func text(bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + 400)
        pieces(bytes: bytes) { text += $0 }
        return text
    }

    /// Hands `visit` the article's text in order, about `pieceBytes` at a time (a piece ends after a whole
    /// paragraph), so that it need never be held whole.
    static func pieces(bytes: Int, pieceBytes: Int = 1 << 20, _ visit: (String) throws -> Void) rethrows {
        var piece = header, written = 0, index = 0
        while written + piece.utf8.count < bytes {
            let year = 1990 + index % 35
            piece += "The ward \(index) account spent $\(index % 900 + 10).\(index % 10) million in \(year), up from \(index % 70 + 3) million, "
                + "according to the ledger. Officials said \(index % 40 + 2) percent of it went on roads. "
                + "“We counted \(index + 1_000) repairs,” the treasurer said.\n\n"
            index += 1
            if piece.utf8.count >= pieceBytes {
                written += piece.utf8.count
                try visit(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { try visit(piece) }
    }

    /// Writes the article to `path` unless a file of that size is already there. Returns its size in bytes.
    ///
    /// Written a piece at a time, never held whole: the benchmark measures its child with `ru_maxrss`, and a child
    /// started with `posix_spawn` on Linux reports at least its parent's peak, so a 50 MB article built in the
    /// parent's memory showed as some 120 MB for every child of the first run, 'factcheck --version' included.
    @discardableResult
    public static func write(bytes: Int, to path: String) throws -> Int {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size >= bytes { return size }
        // A run stopped half-way leaves no short article under the final name.
        let partial = path + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil), let file = FileHandle(forWritingAtPath: partial) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: partial])
        }
        var written = 0
        do {
            defer { try? file.close() }
            try pieces(bytes: bytes) { piece in
                try file.write(contentsOf: Data(piece.utf8))
                written += piece.utf8.count
            }
        }
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        return written
    }
}
