import Foundation

// Text questions the extractor asks many times a sentence, answered from the UTF-8 bytes where the text is ASCII (a
// name, a source, a line of page furniture, nearly always), where every byte is a Character and a byte test gives
// what the Character one gives; text outside ASCII goes the general way, where a space or mark followed by a
// combining mark is not what it looks like. `ByteFastPathTests` holds each to the general way.

extension StringProtocol where SubSequence == Substring {
    /// The words between single spaces, as `split(separator: " ")` gives them ("\r\n", the one ASCII Character of two
    /// bytes, holds no space). `split(separator: " ")` cost a grapheme break a character: 6 % of extraction.
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
            func word(_ from: Int, _ to: Int) -> Substring { self[utf8.index(base, offsetBy: from)..<utf8.index(base, offsetBy: to)] }
            var start = 0
            for k in 0..<bytes.count where bytes[k] == 0x20 {
                if start != k { words.append(word(start, k)) }
                start = k + 1
            }
            if start != bytes.count { words.append(word(start, bytes.count)) }
            return words
        }
        return cut ?? split(separator: " ")
    }

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

    /// `replacingOccurrences(of: " .", with: ".")` ("Acme Corp ." is "Acme Corp."): by bytes in ASCII text, where most
    /// names hold no " ." and come back untouched; Foundation's, which reads composed characters, for any other text.
    func joiningSpacedPoints() -> String {
        var text = self
        guard text.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) else { return replacingOccurrences(of: " .", with: ".") }
        return text.withUTF8 { bytes in
            func spacedPoint(_ k: Int) -> Bool { bytes[k] == 0x20 && k + 1 < bytes.count && bytes[k + 1] == 0x2E }
            guard bytes.indices.contains(where: spacedPoint) else { return self }
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            for k in bytes.indices where !spacedPoint(k) { kept.append(bytes[k]) }
            return String(decoding: kept, as: UTF8.self)
        }
    }

    /// `firstIndex(of: " ")`: in ASCII text the first space byte, found without reading Characters.
    var firstSpace: Index? {
        var text = self
        let ascii = text.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
        return ascii ? utf8.firstIndex(of: 0x20) : firstIndex(of: " ")
    }
}
