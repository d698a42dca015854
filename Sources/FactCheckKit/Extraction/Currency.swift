/// Currencies the quantity scanner reads: words, ISO codes, dollar prefixes and the adjectives that pick a code.
extension QuantityScanner {
    static let currencyWords: WordTable<String> = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
        "franc": "CHF", "francs": "CHF", "ruble": "RUB", "rubles": "RUB", "roubles": "RUB", "won": "KRW",
        "peso": "MXN", "pesos": "MXN", "rand": "ZAR", "shekel": "ILS", "shekels": "ILS", "lira": "TRY",
        "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "naira": "NGN", "krona": "SEK",
        "kronor": "SEK", "krone": "NOK", "real": "BRL", "reais": "BRL", "bitcoin": "BTC", "cents": "USD",
        "pence": "GBP", "penny": "GBP", "pesetas": "ESP", "peseta": "ESP", "guilders": "NLG", "markka": "FIM",
        "lire": "ITL", "rmb": "CNY", "bitcoins": "BTC",
    ]
    static let currencyCodes: WordSet = [
        "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "RUB", "KRW", "MXN",
        "ZAR", "BRL", "SEK", "NOK", "DKK", "PLN", "TRY", "SAR", "AED", "ILS", "NGN", "EGP", "PKR", "BTC",
    ]
    /// Prefixes that name which dollar: "US$", "C$", "A$".
    static let dollarPrefixes: WordTable<String> = [
        "US": "USD", "U.S": "USD", "C": "CAD", "CA": "CAD", "A": "AUD", "AU": "AUD", "NZ": "NZD", "HK": "HKD",
        "S": "SGD", "R": "BRL", "MX": "MXN", "NT": "TWD", "Z": "ZWL", "Mex": "MXN", "MEX": "MXN", "mex": "MXN",
    ]

    /// Prefixes read before a spaced dollar sign ("us $ 150"): never "a" or "s", which are words.
    static let spacedDollarPrefixes: WordTable<String> = ["us": "USD", "u.s": "USD", "c": "CAD", "hk": "HKD", "nz": "NZD", "au": "AUD", "mex": "MXN"]
    /// Currency words that name a hundredth of the main unit.
    static let hundredthWords: WordSet = ["cent", "cents", "pence", "penny", "pennies", "p"]
    /// "australian dollars" is AUD, "swiss francs" CHF: the adjective decides the code.
    static let nationalCurrencies: WordTable<String> = [
        "us dollar": "USD", "us dollars": "USD", "american dollars": "USD", "australian dollar": "AUD",
        "australian dollars": "AUD", "canadian dollar": "CAD", "canadian dollars": "CAD", "hong kong": "HKD",
        "new zealand": "NZD", "singapore dollars": "SGD", "singaporean dollars": "SGD", "taiwanese dollars": "TWD",
        "swiss franc": "CHF", "swiss francs": "CHF",
        "french francs": "FRF", "belgian francs": "BEF", "dutch guilders": "NLG", "finnish markka": "FIM",
        "finnish markkas": "FIM", "chinese yuan": "CNY", "japanese yen": "JPY", "turkish lira": "TRY",
        "mexican pesos": "MXN", "indian rupees": "INR", "british pounds": "GBP", "south african": "ZAR",
        "deutsche marks": "DEM", "german marks": "DEM", "spanish pesetas": "ESP", "italian lire": "ITL",
    ]

    /// The cents after a main unit written in words: "50 cents", "and forty-five cents", or a bare "forty five" at the end.
    static func minorUnits(_ tokens: [Token], at i: Int) -> (Double, Int)? {
        var j = i
        if j < tokens.count, tokens[j].lowered == "and" { j += 1 }
        guard j < tokens.count, let read = FigureReader.read(tokens, at: j, money: true), read.value < 100, read.value >= 1 else { return nil }
        if read.next < tokens.count, hundredthWords.contains(tokens[read.next].lowered) { return (ExactDecimal.divided(read.value, 100), read.next + 1) }
        if read.next >= tokens.count || (!tokens[read.next].isWord && !tokens[read.next].isNumber) { return (ExactDecimal.divided(read.value, 100), read.next) }
        return nil
    }

    /// The currency two words at `i` name, and how many words it takes (three with the currency's own name after a
    /// place: "New Zealand dollars").
    static func nationalCurrency(_ tokens: [Token], at i: Int) -> (code: String, words: Int)? {
        guard i + 1 < tokens.count, tokens[i].isWord, tokens[i + 1].isWord else { return nil }
        let pair = tokens[i].lowered + " " + tokens[i + 1].lowered
        guard let code = nationalCurrencies[pair] else { return nil }
        // "Hong Kong", "New Zealand" and "South African" name a place or people until a currency follows:
        // "40 New Zealand dollars", not "In 1893 New Zealand was ...".
        if placeCurrencies.contains(pair) {
            guard i + 2 < tokens.count, ["dollar", "dollars", "rand"].contains(tokens[i + 2].lowered) else { return nil }
            return (code, 3)
        }
        return (code, 2)
    }

    /// Keys of `nationalCurrencies` that are places: read as money only before the currency's name.
    static let placeCurrencies: WordSet = ["hong kong", "new zealand", "south african"]
}
