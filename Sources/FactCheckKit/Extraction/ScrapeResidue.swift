/// Recognises paragraphs that are scraping residue in news feeds, not article text:
/// "?? ??" placeholders, photo credits and captions, and e-paper footers ("Newspapers in English").
enum ScrapeResidue {
    /// A byte-level screen before `isResidue`: false for ordinary prose, which never needs a string made for the check.
    static func mayBeResidue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return true }
        // Credit lines open with two capitals; the e-paper footer opens with "Newspapers".
        if bytes[0] >= 0x41 && bytes[0] <= 0x5A && bytes[1] >= 0x41 && bytes[1] <= 0x5A { return true }
        if bytes[0] == 0x4E { return true }
        // Two passes that each predict well: a "??" anywhere, then any letter or digit (nearly always the first byte).
        var i = 1
        let n = bytes.count
        while i < n {
            if bytes[i] == 0x3F, bytes[i - 1] == 0x3F { return true }
            i += 1
        }
        for b in bytes where (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { return false }
        return true
    }

    /// Per byte: the lower-case letter or digit it counts as in a fingerprint, or 0 when it does not count.
    private static let fingerprintBytes: [UInt8] = (0..<256).map { (v: Int) -> UInt8 in
        let b = UInt8(v)
        if b >= 0x41 && b <= 0x5A { return b | 0x20 }
        return (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) ? b : 0
    }

    static func isResidue(_ paragraph: String) -> Bool {
        var hasLetterOrDigit = false
        var previous: UInt8 = 0
        for b in paragraph.utf8 {
            if b == 0x3F, previous == 0x3F { return true }  // "??": a feed's placeholder for a lost image
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0xC3 { hasLetterOrDigit = true }
            previous = b
        }
        // Nothing to read: only punctuation and symbols.
        if !hasLetterOrDigit { return !paragraph.contains { $0.isLetter || $0.isNumber } }
        if paragraph.utf8.first == 0x4E, paragraph.hasPrefix("Newspapers in ") || paragraph.hasPrefix("Newspapers from ") { return true }
        // A credit in capitals at the start: "HERALD FILE PHOTO; AP PHOTO, BELOW EXPLOITATION: ..."
        // Only a paragraph opening with two capitals can be a credit line: most are skipped here, cheaply.
        let opening = paragraph.utf8.prefix(2)
        guard opening.count == 2, opening.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return false }
        let head = paragraph.prefix(60)
        let headText = String(head)
        if ["PHOTO", "GETTY IMAGES", "ILLUSTRATION"].contains(where: { ByteSearch.contains(headText, $0) }) {
            let letters = head.filter(\.isLetter)
            let capitals = letters.filter(\.isUppercase)
            if letters.count > 0, Double(capitals.count) / Double(letters.count) > 0.6 { return true }
        }
        return false
    }

    /// Whether a text opening with this byte may open with a quotation mark: ", ' or the lead byte of ‘ and “.
    static func mayOpenQuote(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0xE2
    }

    /// A pull quote repeats a line of the body in display type: `‘...’ — CHERIE JIMENEZ, EVA Center founder`.
    /// Returns the quoted words so the caller can drop it when the body already has them.
    static func pullQuoteText(_ paragraph: String) -> String? {
        guard let first = paragraph.utf8.first, mayOpenQuote(first),
              paragraph.first.map({ "‘“\"'".contains($0) }) == true else { return nil }
        let dashes = [" — ", " – ", " - "]
        guard let (at, length) = dashes.lazy.compactMap({ dash in ByteSearch.firstOffset(of: dash, in: paragraph).map { ($0, dash.utf8.count) } }).first else {
            return nil
        }
        let bytes = Array(paragraph.utf8)
        let tail = String(decoding: bytes[(at + length)...], as: UTF8.self)
        guard tail.first?.isUppercase == true else { return nil }
        return String(decoding: bytes[..<at], as: UTF8.self)
    }

    /// An FNV-1a fingerprint of the text's ASCII letters (lower-cased) and digits, and how many there were.
    static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, Int) {
        var hash = FNV1a.offsetBasis
        var count = 0
        fingerprintBytes.withUnsafeBufferPointer { table in
            for b in bytes {
                let m = table[Int(b)]
                // Without a branch on the byte: the hash moves on only for letters and digits.
                let next = FNV1a.step(hash, m)
                hash = m != 0 ? next : hash
                count += m != 0 ? 1 : 0
            }
        }
        return (hash, count)
    }

    /// Letters and digits only, lower-cased: the form used to spot repeats.
    /// Bytes at or above 0x80 are kept as they are: curly quotes differ, but a repeat repeats them too.
    static func normalized(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { bytes.append(b | 0x20) }
            else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { bytes.append(b) }
            else if b >= 0x80, !(b == 0xE2 || b == 0x80 || b == 0x98 || b == 0x99 || b == 0x9C || b == 0x9D || b == 0x94 || b == 0x93) { bytes.append(b) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
