import Foundation

extension StringProtocol where SubSequence == Substring {
    /// The words between single spaces, as `split(separator: " ")` gives them, without reading the text as
    /// Characters: ASCII text (a name, a source, a line of page furniture, nearly always) is cut at its space bytes,
    /// where every byte is a Character ("\r\n" aside, which holds no space); other text goes the general way, where a
    /// space followed by a combining mark is no separator. `split(separator: " ")` cost a grapheme break per
    /// character: 6 % of extraction's instructions (BENCHMARKS.md).
    func spaceSeparated() -> [Substring] {
        let base = utf8.startIndex
        // Byte offsets read from the bytes in place (a small string's copied to the stack), then indices made by
        // offset, which native UTF-8 finds in constant time.
        var text = String(self)
        let cut: [Substring]? = text.withUTF8 { bytes -> [Substring]? in
            var spaces = 0
            for b in bytes {
                if b >= 0x80 { return nil }
                if b == 0x20 { spaces += 1 }
            }
            var words: [Substring] = []
            words.reserveCapacity(spaces + 1)
            var start = 0
            for k in 0..<bytes.count {
                guard bytes[k] == 0x20 else { continue }
                if start != k { words.append(self[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: k)]) }
                start = k + 1
            }
            if start != bytes.count { words.append(self[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: bytes.count)]) }
            return words
        }
        if let cut { return cut }
        return split(separator: " ")
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

extension String {
    /// `utf8.contains(byte)`, over the bytes in place (a small string's copied to the stack): the generic walk of
    /// the UTF-8 view is a call and an index step a byte.
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }
}

extension String {
    /// `replacingOccurrences(of: " .", with: ".")` ("Acme Corp ." is "Acme Corp."), Foundation's only for text outside
    /// ASCII, where its search reads composed characters: most names hold no " ." at all and come back untouched.
    func joiningSpacedPoints() -> String {
        var text = self
        let found: String?? = text.withUTF8 { bytes -> String?? in
            var spaced = false
            for k in bytes.indices {
                if bytes[k] >= 0x80 { return .some(nil) }
                if bytes[k] == 0x2E, k > 0, bytes[k - 1] == 0x20 { spaced = true }
            }
            guard spaced else { return nil }
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            for k in bytes.indices where !(bytes[k] == 0x20 && k + 1 < bytes.count && bytes[k + 1] == 0x2E) { kept.append(bytes[k]) }
            return .some(String(decoding: kept, as: UTF8.self))
        }
        switch found {
        case .none: return self
        case .some(.some(let joined)): return joined
        case .some(.none): return replacingOccurrences(of: " .", with: ".")
        }
    }
}

extension String {
    /// `firstIndex(of: " ")`: in ASCII text the first space byte, found without reading Characters; elsewhere the
    /// general way (a space followed by a combining mark is no " ").
    var firstSpace: Index? {
        var text = self
        let ascii = text.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
        return ascii ? utf8.firstIndex(of: 0x20) : firstIndex(of: " ")
    }
}
