/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2014;`) the way browsers do, and never lets one
/// produce a control character: those become a space, so claim text cannot carry them.
enum HTMLEntities {
    /// The named references, read once from `HTMLEntityTable`.
    static let named: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(2200)
        for line in HTMLEntityTable.data.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard let name = parts.first else { continue }
            var value = String.UnicodeScalarView()
            for hex in parts.dropFirst() {
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { value.append(scalar) }
            }
            table[String(name)] = String(value)
        }
        return table
    }()

    /// The longest entity name in the table, so a stray `&` never makes the decoder scan far.
    static let longestName = 32

    /// Windows-1252 meanings of the numeric references 0x80–0x9F, as the HTML5 spec requires.
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// The scalar a numeric reference stands for, made safe: NUL, surrogates and out-of-range values become U+FFFD;
    /// control characters other than tab and line feed become a space.
    static func scalar(forCode code: UInt32) -> Unicode.Scalar {
        if let mapped = windows1252[code] { return Unicode.Scalar(mapped)! }
        guard code != 0, let scalar = Unicode.Scalar(code) else { return "\u{FFFD}" }
        return safe(scalar)
    }

    /// Tab and line feed pass; every other C0/C1 control character and DEL becomes a space.
    static func safe(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value == 0x09 || value == 0x0A { return scalar }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return " " }
        return scalar
    }

    /// Decodes the reference that starts at `bytes[start]` (an `&`). Returns the decoded text and the index just past
    /// the reference, or nil when it is not one (the `&` then stands for itself).
    /// In attribute values a legacy name followed by a letter, digit or `=` is left alone, as browsers do.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, inAttribute: Bool) -> (String, Int)? {
        var i = start + 1
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var hex = false
            if i < end, bytes[i] | 0x20 == UInt8(ascii: "x") { hex = true; i += 1 }
            let digitsStart = i
            var code: UInt32 = 0
            while i < end, let digit = digitValue(bytes[i], hex: hex) {
                code = code > 0x10FFFF ? code : code * (hex ? 16 : 10) + digit
                i += 1
            }
            guard i > digitsStart else { return nil }
            if i < end, bytes[i] == UInt8(ascii: ";") { i += 1 }
            return (String(Character(scalar(forCode: code))), i)
        }
        // A name: letters and digits, then usually a semicolon. Take the longest name the table knows.
        var j = i
        while j < end, j - i < longestName, isAlphanumeric(bytes[j]) { j += 1 }
        guard j > i else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
        if j < end, bytes[j] == UInt8(ascii: ";"), let value = named[name] {
            return (value, j + 1)
        }
        // Without a semicolon only the legacy names count, and the longest one that prefixes the run wins.
        var length = name.utf8.count
        while length >= 2 {
            let prefix = String(name.utf8.prefix(length))!
            if HTMLEntityTable.legacyNames.contains(prefix), let value = named[prefix] {
                let after = i + length
                if inAttribute, after < end, isAlphanumeric(bytes[after]) || bytes[after] == UInt8(ascii: "=") { return nil }
                return (value, after)
            }
            length -= 1
        }
        return nil
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
