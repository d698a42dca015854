/// The currencies a bare "$" stands for in the news, and how an article says which one it means.
public enum DollarCurrency: String, CaseIterable, Codable, Sendable {
    case usd = "USD", cad = "CAD", aud = "AUD", nzd = "NZD", hkd = "HKD", sgd = "SGD"

    /// The ISO 4217 code.
    public var code: String { rawValue }

    /// Datelines whose place names the dollar: "MONTREAL —", "SYDNEY (AP) —".
    static let datelinePlaces: [String: DollarCurrency] = [
        "TORONTO": .cad, "MONTREAL": .cad, "OTTAWA": .cad, "VANCOUVER": .cad, "CALGARY": .cad, "EDMONTON": .cad,
        "WINNIPEG": .cad, "HALIFAX": .cad, "QUEBEC CITY": .cad, "QUEBEC": .cad, "REGINA": .cad, "SASKATOON": .cad,
        "ST. JOHN'S": .cad, "FREDERICTON": .cad, "CHARLOTTETOWN": .cad, "WHITEHORSE": .cad, "YELLOWKNIFE": .cad,
        "IQALUIT": .cad, "MONCTON": .cad, "MISSISSAUGA": .cad,
        "SYDNEY": .aud, "MELBOURNE": .aud, "BRISBANE": .aud, "PERTH": .aud, "ADELAIDE": .aud, "CANBERRA": .aud,
        "HOBART": .aud, "WELLINGTON": .nzd, "AUCKLAND": .nzd, "CHRISTCHURCH": .nzd, "HONG KONG": .hkd,
        "SINGAPORE": .sgd,
    ]

    /// The dollar an article means by "$", when its text says so unambiguously: a dateline in one of the places
    /// above, or a Canadian Press credit. Nil when it does not (then "$" is the US dollar).
    public static func inferred(from body: String) -> DollarCurrency? {
        var copy = body
        let fromDateline: DollarCurrency? = copy.withUTF8 { bytes in
            var found: Set<DollarCurrency> = []
            // Datelines open the first paragraphs: a few blocks are enough.
            for paragraph in SentenceSplitter.paragraphs(bytes).prefix(6) {
                for block in SentenceSplitter.lineBlocks(bytes, in: paragraph).prefix(4) {
                    guard let dateline = PageNoise.dateline(UnsafeBufferPointer(rebasing: bytes[block])) else { continue }
                    if let currency = datelinePlaces[dateline.place] { found.insert(currency) }
                }
            }
            return found.count == 1 ? found.first : nil
        }
        if let fromDateline { return fromDateline }
        if ByteSearch.contains(body, "The Canadian Press") || ByteSearch.contains(body, "(CP)") { return .cad }
        return nil
    }
}
