extension StringProtocol where SubSequence == Substring {
    /// The words between single spaces, as `split(separator: " ")` gives them, without reading the text as
    /// Characters: ASCII text (a name, a source, a line of page furniture, nearly always) is cut at its space bytes,
    /// where every byte is a Character ("\r\n" aside, which holds no space); other text goes the general way, where a
    /// space followed by a combining mark is no separator. `split(separator: " ")` cost a grapheme break per
    /// character: 6 % of extraction's instructions (BENCHMARKS.md).
    func spaceSeparated() -> [Substring] {
        let bytes = utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ") }
        var words: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == 0x20 {
                if start != index { words.append(self[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start != index { words.append(self[start..<index]) }
        return words
    }
}

extension StringProtocol where SubSequence == Substring {
    /// `hasSuffix("'s") || hasSuffix("’s")` read from the last bytes ("Britain's", "Toyota’s"), not as Characters;
    /// where a byte outside ASCII stands before the apostrophe (a mark that might join it) the general way answers.
    var endsWithPossessiveS: Bool {
        let bytes = self[...].utf8
        guard bytes.last == 0x73 else { return false }
        var index = bytes.index(before: bytes.endIndex)
        guard index != bytes.startIndex else { return false }
        index = bytes.index(before: index)
        if bytes[index] != 0x27 {
            // "’" is E2 80 99.
            guard bytes[index] == 0x99, index != bytes.startIndex else { return false }
            let second = bytes.index(before: index)
            guard bytes[second] == 0x80, second != bytes.startIndex else { return false }
            index = bytes.index(before: second)
            guard bytes[index] == 0xE2 else { return false }
        }
        guard index != bytes.startIndex else { return true }
        guard bytes[bytes.index(before: index)] < 0x80 else { return hasSuffix("'s") || hasSuffix("’s") }
        return true
    }
}
