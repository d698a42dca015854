/// A piece of a sentence, as the extractor sees it.
struct Token: Equatable {
    enum Kind: Equatable {
        case word
        /// Digits with their grouping commas and decimal point: "1,426", "1.5".
        case number
        /// A currency sign such as "$", "£", "€", "¥", carrying its ISO 4217 code.
        case currency(String)
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

    init(kind: Kind, start: Int, end: Int, text: String, attached: Bool, lowered: String? = nil, roles: WordRoles = []) {
        self.roles = roles
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.attached = attached
        self.lowered = lowered ?? text.lowercased()
    }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// True when the word starts with an upper-case letter.
    var isCapitalized: Bool {
        guard kind == .word, let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    /// True for a word written entirely in capitals ("FBI", "CHERIE").
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        var sawLetter = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            sawLetter = true
        }
        return sawLetter
    }

    /// The numeric value of a number token, ignoring grouping commas.
    var numericValue: Double? {
        guard kind == .number else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: ""))
    }
}
