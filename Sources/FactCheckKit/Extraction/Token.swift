/// A piece of a sentence, as the extractor sees it.
struct Token: Equatable {
    enum Kind: Equatable {
        case word
        /// Digits with their grouping commas and decimal point: "1,426", "1.5".
        case number
        /// A currency sign such as "$", "£", "€", "¥", carrying its ISO 4217 code.
        case currency(CurrencyCode)
        case percentSign
        case openQuote
        case closeQuote
        /// A straight double quote: opening or closing is decided by position.
        case straightQuote
        case dash
        /// Any other punctuation mark, by its first byte.
        case punctuation(UInt8)
    }

    var kind: Kind
    /// UTF-8 byte offsets within the sentence.
    var start: Int
    var end: Int
    /// The token's text as written.
    var text: String
    /// True when no space separates this token from the previous one ("1.2bn": "bn" is attached).
    var attached: Bool
    /// The text in lower case, made once when the token is read: the word lists are matched against it.
    var lowered: String
    /// What the word can do, from the lexicon; empty for other tokens.
    var roles: WordRoles = []
    /// True when the word starts with an upper-case letter. Read from the text once, when the token is made: the
    /// extractor asks it of most tokens several times (the tokenizer's one change to a token's text, joining
    /// "It’s", keeps its first letter).
    let isCapitalized: Bool

    /// `firstByte` is the text's first byte when the caller has it at hand (the tokenizer does): the capital is read
    /// from it without a walk of the text.
    init(
        kind: Kind, start: Int, end: Int, text: String, attached: Bool, lowered: String? = nil, roles: WordRoles = [],
        firstByte: UInt8? = nil
    ) {
        self.roles = roles
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.attached = attached
        self.lowered = lowered ?? text.lowercased()
        isCapitalized = kind == .word && Self.startsUpperCase(text, firstByte: firstByte ?? text.utf8.first)
    }

    var isWord: Bool { kind == .word }

    /// The ending of an ordinal joined to its figure: "st" in "21st", "th" in "(26th)".
    var isOrdinalEnding: Bool {
        guard attached, kind == .word else { return false }
        switch lowered {
        case "st", "nd", "rd", "th": return true
        default: return false
        }
    }
    var isNumber: Bool { kind == .number }

    /// Whether `text`, whose first byte is `firstByte`, opens with a capital.
    private static func startsUpperCase(_ text: String, firstByte: UInt8?) -> Bool {
        guard let first = firstByte else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    /// True for a word written entirely in capitals ("FBI", "CHERIE").
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var sawLetter = false
            for b in text.utf8 {
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { sawLetter = true }
            }
            return sawLetter
        }
        var sawLetter = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            sawLetter = true
        }
        return sawLetter
    }

    /// The numeric value of a number token, ignoring grouping commas: "1,426" is 1426, "1.5" is 1.5.
    /// Nil for runs that are not one number ("192.168.1.2"). Only the text is read: a token's value is asked in
    /// place, so the token itself is never copied for it (two string retains and releases).
    var numericValue: Double? {
        guard kind == .number else { return nil }
        return Self.numericValue(of: text)
    }

    /// The value `numericValue` gives for a number token's text.
    private static func numericValue(of text: String) -> Double? {
        // The digits as one integer, then one division by a power of ten: "1.7" is exactly the double nearest 1.7.
        var mantissa = 0.0
        var fractionDigits = 0
        var sawPoint = false
        for b in text.utf8 {
            switch b {
            case 0x30...0x39:
                mantissa = mantissa * 10 + Double(b - 0x30)
                if sawPoint { fractionDigits += 1 }
            case 0x2C: if sawPoint { return nil }
            case 0x2E: if sawPoint { return nil }; sawPoint = true
            default: return nil
            }
        }
        return fractionDigits == 0 ? mantissa : ExactDecimal.value(mantissa: mantissa, fractionDigits: fractionDigits)
    }
}

/// An ISO 4217 code carried by a currency-sign token, packed inline so tokens copy without reference counting.
struct CurrencyCode: Equatable, ExpressibleByStringLiteral {
    private let packed: UInt32

    init(stringLiteral value: StaticString) {
        var packed: UInt32 = 0
        value.withUTF8Buffer { for b in $0.prefix(4) { packed = packed << 8 | UInt32(b) } }
        self.packed = packed
    }

    /// The code as text: "USD".
    var string: String {
        var bytes: [UInt8] = []
        var rest = packed
        while rest != 0 { bytes.insert(UInt8(rest & 0xFF), at: 0); rest >>= 8 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
