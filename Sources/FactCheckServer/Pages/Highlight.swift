/// Pieces of text, some marked: the figures in a claim, the claims in an article. Computed in Swift on the stored
/// UTF-8 byte offsets (browsers count UTF-16, so this is never left to script).
enum Highlight {
    struct Piece<Mark> {
        var text: String
        var mark: Mark?
    }

    /// Cuts `text` at the byte ranges given (sorted, overlaps dropped); ranges outside the text are ignored.
    static func pieces<Mark>(_ text: String, ranges: [(range: Range<Int>, mark: Mark)]) -> [Piece<Mark>] {
        let bytes = Array(text.utf8)
        var pieces: [Piece<Mark>] = []
        var cursor = 0
        for (range, mark) in ranges.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard range.lowerBound >= cursor, range.upperBound <= bytes.count, !range.isEmpty else { continue }
            if range.lowerBound > cursor {
                pieces.append(Piece(text: String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self), mark: nil))
            }
            pieces.append(Piece(text: String(decoding: bytes[range], as: UTF8.self), mark: mark))
            cursor = range.upperBound
        }
        if cursor < bytes.count {
            pieces.append(Piece(text: String(decoding: bytes[cursor...], as: UTF8.self), mark: nil))
        }
        return pieces
    }

    /// The byte ranges of `figures` in `text`, each found after the one before (quantities are stored in order).
    static func figureRanges(in text: String, figures: [String]) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var from = 0
        for figure in figures {
            let needle = Array(figure.utf8)
            guard !needle.isEmpty, needle.count <= bytes.count else { continue }
            var start = from
            while start + needle.count <= bytes.count {
                if bytes[start..<start + needle.count].elementsEqual(needle) {
                    ranges.append(start..<start + needle.count)
                    from = start + needle.count
                    break
                }
                start += 1
            }
        }
        return ranges
    }
}
