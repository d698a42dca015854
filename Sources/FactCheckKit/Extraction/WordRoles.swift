/// What a word can do for the extractor, looked up once per token so later checks are bit tests.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt32

    /// May open a quantity: a number word, "half", "a"/"an" (a dozen), a currency code or dollar prefix.
    static let quantityStart = WordRoles(rawValue: 1 << 0)
    /// Opens a time phrase: a month, weekday, "last", "yesterday".
    static let timeWord = WordRoles(rawValue: 1 << 1)
    static let superlative = WordRoles(rawValue: 1 << 2)
    static let comparison = WordRoles(rawValue: 1 << 3)
    static let speechVerb = WordRoles(rawValue: 1 << 4)
    static let quoteVerb = WordRoles(rawValue: 1 << 5)
    static let opinion = WordRoles(rawValue: 1 << 6)
    static let prediction = WordRoles(rawValue: 1 << 7)
    static let firstPerson = WordRoles(rawValue: 1 << 8)
    static let hedge = WordRoles(rawValue: 1 << 9)
    static let rhetoric = WordRoles(rawValue: 1 << 10)
    static let factual = WordRoles(rawValue: 1 << 11)
    static let secondPerson = WordRoles(rawValue: 1 << 12)
    /// An irregular past-tense verb ("won", "fell", "set"): something happened, as "-ed" verbs say.
    static let pastEvent = WordRoles(rawValue: 1 << 13)
    /// A verb of forecasting ("predicts", "projected"): a forecast when the speaker makes it, a matter of record
    /// when it is credited to someone or told in the past.
    static let forecastVerb = WordRoles(rawValue: 1 << 14)
    /// A verb that moves a figure by someone's hand ("revised", "lowered") or a present form of a verb of change
    /// ("climb", "grows"): a comparison only beside a figure, since without one it is "raised concerns", "narrowed
    /// the search" or "surge pricing".
    static let figureMove = WordRoles(rawValue: 1 << 15)
    /// Bounds a superlative in time, making it a record: "since", "ever", "history", "on record", "all-time".
    static let recordScope = WordRoles(rawValue: 1 << 16)
    /// A word of degree ("very", "too"), after which an "-ed" word is an adjective, not an event.
    static let degree = WordRoles(rawValue: 1 << 17)
    /// A participle that reports speech after a comma ("..., saying", "..., adding"): `SourceFinder.reportingParticiples`.
    static let reportingParticiple = WordRoles(rawValue: 1 << 18)
    /// A word of office or role ("minister", "senator", "spokesman"): what "the minister" says of whom (`SourceFinder.roleWords`).
    static let office = WordRoles(rawValue: 1 << 19)
    /// A verb that puts out a publication ("released", "issued", "published"): its subject is a source when a
    /// publication follows (`SourceFinder.publishingVerbs`).
    static let publishingVerb = WordRoles(rawValue: 1 << 20)
    /// A word that opens a sentence or clause before a name without being part of it ("The", "In", "But"):
    /// `SourceFinder.runOpeners`, asked of every capitalised word that could start a name.
    static let runOpener = WordRoles(rawValue: 1 << 21)
    /// A word that marks a name as an organisation's ("Bank", "Agency", "Corp"): `SourceFinder.organisationWords`.
    static let organisationWord = WordRoles(rawValue: 1 << 22)

    /// The roles of a lower-case word; hyphenated words also take the roles of their parts
    /// ("second-largest" is a superlative, "twenty-five" opens a quantity).
    static func of(_ lowered: String, written: UnsafeBufferPointer<UInt8>, hyphenated: Bool) -> WordRoles {
        var roles = Lexicon.roleTable.roles(ofWritten: written, lowered: lowered)
        if hyphenated { roles.formUnion(ofParts(lowered)) }
        return roles
    }

    /// What a hyphenated word takes from its parts: a first part that opens a quantity, a last that is a superlative
    /// or bounds one in time ("first-ever", "a 64-year-history").
    static func ofParts(_ lowered: String) -> WordRoles {
        var roles: WordRoles = []
        let parts = lowered.split(separator: "-")
        if let first = parts.first { roles.formUnion(Lexicon.roleTable.roles(of: String(first)).intersection(.quantityStart)) }
        if let last = parts.last { roles.formUnion(Lexicon.roleTable.roles(of: String(last)).intersection([.superlative, .recordScope])) }
        return roles
    }
}

extension Lexicon {
    /// The roles table the tokenizer reads, built once.
    static let roleTable = RoleTable(roles)

    /// Every listed word with its roles, built once.
    static let roles: [String: WordRoles] = {
        var table: [String: WordRoles] = [:]
        func add<S: Sequence>(_ words: S, _ role: WordRoles) where S.Element == String {
            for word in words { table[word, default: []].insert(role) }
        }
        add(NumberWords.units.keys, .quantityStart)
        add(NumberWords.tens.keys, .quantityStart)
        add(NumberWords.scales.keys, .quantityStart)
        add(["hundred", "dozen", "half", "a", "an", "minus", "negative", "nought", "naught", "quarter", "third"], .quantityStart)
        add(QuantityScanner.currencyCodes.map { $0.lowercased() }, .quantityStart)
        add(QuantityScanner.dollarPrefixes.keys.map { $0.lowercased() }, .quantityStart)
        add(QuantityScanner.currencyWords.keys, .quantityStart)
        add(["per", "percent", "percents"], .quantityStart)
        add(FigureReader.vulgarFractions.keys, .quantityStart)
        add(QuantityScanner.currencyPrefixWords.keys.map { $0.lowercased() }, .quantityStart)
        add(QuantityScanner.ordinalWords.keys, .quantityStart)
        add(months.keys, .timeWord)
        add(weekdays, .timeWord)
        add(["last", "this", "next", "past", "yesterday", "today", "tonight"], .timeWord)
        add(superlatives, .superlative)
        add(comparisonWords, .comparison)
        add(figureMoveWords, .figureMove)
        add(figureChangeWords, .figureMove)
        add(speechVerbs, .speechVerb)
        add(quoteVerbs, .quoteVerb)
        add(opinionWords, .opinion)
        add(predictionWords, .prediction)
        add(firstPerson, .firstPerson)
        add(hedgeWords, .hedge)
        add(rhetoricWords, .rhetoric)
        add(factualWords, .factual)
        add(secondPerson, .secondPerson)
        add(irregularPast, .pastEvent)
        add(forecastVerbs, .forecastVerb)
        add(recordScopes, .recordScope)
        add(degreeWords, .degree)
        add(SourceFinder.reportingParticiples, .reportingParticiple)
        add(SourceFinder.publishingVerbs, .publishingVerb)
        add(SourceFinder.runOpeners, .runOpener)
        add(SourceFinder.organisationWords, .organisationWord)
        add(SourceFinder.personDescriptors, .office)
        add(SourceFinder.roleNouns, .office)
        add(SourceFinder.personTitles, .office)
        return table
    }()
}
