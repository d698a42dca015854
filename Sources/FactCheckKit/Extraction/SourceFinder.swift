/// Who a sentence leans on: the speaker of a direct quote, or the source of a reported fact.
struct SourceFinding {
    /// The sentence holds a direct quote of three words or more (not a scare quote).
    var hasQuote = false
    var speaker: String?
    var attribution: String?
    /// The sentence ends inside a quote that the next sentence goes on with.
    var endsInsideQuote = false
}

/// What the finder remembers from sentence to sentence within an article.
struct SourceContext {
    /// Full names seen so far ("Cherie Jimenez"), so a later "Jimenez" or "she" can be resolved.
    var knownNames: [String] = []
    /// The same names as a set, for the membership test made on every capitalised run.
    var knownNameSet: Set<String> = []
    /// The last person named as a speaker or source, for "she said".
    var lastPerson: String?
    /// The speaker of the quote still open from the previous sentence, if any.
    var openQuoteSpeaker: String?
    var insideQuote = false
    /// The figures of the sentences before: what a bare figure counts when its sentence does not say.
    var figures = FigureContext()

    mutating func remember(_ name: String) {
        if name.utf8.contains(0x20), knownNameSet.insert(name).inserted { knownNames.append(name) }
        lastPerson = name
    }

    /// "Jimenez" becomes "Cherie Jimenez" when the article named her in full earlier.
    func fullName(_ name: String) -> String {
        guard !name.utf8.contains(0x20) else { return name }
        return knownNames.last { $0.hasSuffix(" " + name) } ?? name
    }
}

enum SourceFinder {
    static let sourceNouns: WordSet = [
        "report", "study", "survey", "poll", "analysis", "data", "figures", "statistics", "officials", "police",
        "researchers", "scientists", "experts", "ministry", "department", "agency", "spokesperson", "spokesman",
        "spokeswoman", "government", "court", "authorities", "prosecutors", "investigators", "census", "documents",
        "records", "filings", "review", "audit", "estimate", "estimates", "index", "website", "statement", "company",
        "authority", "council", "office", "commission", "board", "bureau", "institute", "university", "organization",
        "organisation", "association", "union", "committee", "panel", "spokesperson", "regulator", "watchdog", "sources",
    ]
    /// Titles and roles that stand before a name: "State Auditor Maria Delgado" is Maria Delgado.
    static let titles: WordSet = [
        "president", "vice", "council", "state", "auditor", "senator", "sen", "rep", "representative", "gov", "governor",
        "mayor", "judge", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "chief", "minister", "prime", "secretary",
        "general", "gen", "director", "officer", "commissioner", "ambassador", "chairman", "chairwoman", "chair", "ceo",
        "justice", "attorney", "deputy", "founder", "spokesman", "spokeswoman", "spokesperson", "councilor",
        "councillor", "councilwoman", "councilman", "sheriff", "police", "captain", "capt", "lieutenant", "lt",
        "sergeant", "sgt", "detective", "det", "pope", "king", "queen", "prince", "princess", "lord", "lady", "sir",
        "rev", "reverend", "father", "coach", "executive", "manager", "leader", "speaker", "congressman",
        "congresswoman", "assemblyman", "assemblywoman", "superintendent", "supt", "inspector", "colonel", "col",
        "major", "maj", "admiral", "adm", "commander", "cmdr", "senior", "former", "acting", "interim", "u.s",
    ]
    /// Capitalised only because they open a sentence: not the start of a name.
    private static let runOpeners: WordSet = ["the", "a", "an", "in", "on", "at", "but", "and"]
    private static let phraseStops: WordSet = [
        "that", "which", "who", "whom", "and", "but", "because", "when", "while", "it", "as", "if", "since", "although",
        "after", "before", "where", "so", "than", "what", "how", "has", "have", "had", "was", "were", "is", "are",
    ]

    static func find(_ tokens: [Token], context: inout SourceContext) -> SourceFinding {
        noteNames(tokens, context: &context)
        var finding = SourceFinding()
        let quotes = quoteSpans(tokens, startsInside: context.insideQuote)
        let longQuotes = quotes.spans.filter { wordCount(tokens, $0) >= 3 || ($0.lowerBound == 0 && context.insideQuote) }
        finding.endsInsideQuote = quotes.endsInside
        if let attribution = accordingTo(tokens) {
            finding.attribution = attribution
        }
        if !longQuotes.isEmpty {
            finding.hasQuote = true
            var speaker = quoteSpeaker(tokens, quotes: longQuotes)
            if let found = speaker {
                speaker = resolve(found, context: context)
            } else if longQuotes.first!.lowerBound <= 1, context.insideQuote || context.openQuoteSpeaker != nil {
                speaker = context.openQuoteSpeaker  // a quote that goes on from the previous sentence
            }
            if let speaker, speaker != "" {
                finding.speaker = speaker
                context.remember(speaker)
            }
            context.openQuoteSpeaker = finding.speaker ?? context.openQuoteSpeaker
        } else {
            context.openQuoteSpeaker = nil
            if finding.attribution == nil, let (source, isPerson) = reportingSource(tokens) {
                if let resolved = isPerson ? resolve(source, context: context) : source {
                    finding.attribution = resolved
                    if isPerson { context.remember(resolved) }
                }
            }
        }
        if let attribution = finding.attribution, finding.speaker == nil, isName(attribution) {
            context.remember(attribution)
        }
        context.insideQuote = quotes.endsInside
        return finding
    }

    /// Capitalised runs of two or more words ("Council President Tom Reyes") are kept as full names,
    /// so that a later "Reyes said" can be resolved to "Tom Reyes".
    private static func noteNames(_ tokens: [Token], context: inout SourceContext) {
        // The run is kept as token indices; strings are made only for runs long enough to be a name.
        var run: [Int] = []
        run.reserveCapacity(8)
        func flush() {
            if run.count >= 2, run.count <= 6 {
                let name = tidyName(run.map { tokens[$0].text })
                if name.utf8.contains(0x20), context.knownNameSet.insert(name).inserted { context.knownNames.append(name) }
            }
            run.removeAll(keepingCapacity: true)
        }
        // By index, not `for token in`: a copied token costs two string retains and releases.
        for index in tokens.indices {
            if tokens[index].isWord, tokens[index].isCapitalized, tokens[index].text.utf8.count > 1 || !tokens[index].isAllCaps {
                if run.isEmpty, Self.runOpeners.contains(tokens[index].lowered) { continue }
                run.append(index)
            } else if tokens[index].kind == .punctuation(0x2E), let last = run.last, Lexicon.titleAbbreviations.contains(tokens[last].lowered) {
                continue
            } else if !run.isEmpty {
                flush()
            }
        }
        flush()
    }

    /// Direct-quote spans as token index ranges (the quote marks excluded).
    static func quoteSpans(_ tokens: [Token], startsInside: Bool) -> (spans: [Range<Int>], endsInside: Bool) {
        var spans: [Range<Int>] = []
        var openAt: Int? = startsInside ? -1 : nil
        var openKind: Token.Kind?
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .openQuote:
                if openAt == nil { openAt = index; openKind = .openQuote }
            case .closeQuote:
                if let start = openAt, openKind != .straightQuote {
                    spans.append((start + 1)..<index)
                    openAt = nil
                }
            case .straightQuote:
                if let start = openAt, openKind == .straightQuote || start == -1 {
                    spans.append((start + 1)..<index)
                    openAt = nil
                } else if openAt == nil {
                    openAt = index
                    openKind = .straightQuote
                }
            default: break
            }
        }
        if let start = openAt, start + 1 < tokens.count {
            spans.append((start + 1)..<tokens.count)
            return (spans, true)
        }
        return (spans, false)
    }

    private static func wordCount(_ tokens: [Token], _ span: Range<Int>) -> Int {
        tokens[span].reduce(0) { $0 + ($1.isWord || $1.isNumber ? 1 : 0) }
    }

    /// The speaker named around the quotes: `”, said Cherie Jimenez`, `” Jimenez said`, `Trump said: “`.
    private static func quoteSpeaker(_ tokens: [Token], quotes: [Range<Int>]) -> String? {
        // Token indices inside the quotes, as flags rather than a Set: no hashing per index.
        var insideFlags = [Bool](repeating: false, count: tokens.count)
        for span in quotes { for index in span where index >= 0 && index < tokens.count { insideFlags[index] = true } }
        func isInside(_ index: Int) -> Bool { index >= 0 && index < insideFlags.count && insideFlags[index] }
        // After a closing quote.
        for span in quotes {
            var i = span.upperBound + 1
            while i < tokens.count, case .punctuation(let p) = tokens[i].kind, p == 0x2C { i += 1 }
            guard i < tokens.count, !isInside(i) else { continue }
            // `”, according to the Sydney Morning Herald.`
            if tokens[i].lowered == "according", i + 2 < tokens.count, tokens[i + 1].lowered == "to", let name = nameForward(tokens, from: i + 2) {
                return name
            }
            if Lexicon.quoteVerbs.contains(tokens[i].lowered), let name = nameForward(tokens, from: i + 1) {
                return name
            }
            if let (name, verbAt) = nameThenVerb(tokens, from: i), !isInside(verbAt) {
                return name
            }
            // `,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.`
            if let (name, verbAt) = nameAppositiveVerb(tokens, from: i), !isInside(verbAt) {
                return name
            }
        }
        // Before the first opening quote: `NAME said: “...`, `NAME told reporters, “...`.
        if let first = quotes.first, first.lowerBound > 1 {
            let openAt = first.lowerBound - 1
            var v = openAt - 1
            // The verb is near the quote (`said: “`) or a clause away (`said her party has supported the idea “`).
            while v >= 0, v >= openAt - 12, !isInside(v) {
                if Lexicon.quoteVerbs.contains(tokens[v].lowered) || Self.extraQuoteVerbs.contains(tokens[v].lowered),
                   let name = nameBackward(tokens, before: v) ?? nameBeforeAppositive(tokens, before: v) {
                    return name
                }
                v -= 1
            }
        }
        return nil
    }

    /// `Jimenez said`, `she said`, `the minister said` starting at `i`.
    /// Verbs that introduce a quote in running text but are too common to mark a reported fact.
    static let extraQuoteVerbs: WordSet = ["stating", "saying", "telling", "adding", "reads", "read", "called"]

    /// `NAME, an appositive of a few words, said`: the name before the first comma.
    private static func nameAppositiveVerb(_ tokens: [Token], from i: Int) -> (String, Int)? {
        var j = i
        var name: [String] = []
        while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized || (isNameParticle(tokens[j].lowered) && !name.isEmpty), name.count < 5 {
            name.append(tokens[j].text)
            j += 1
        }
        guard !name.isEmpty, j < tokens.count, tokens[j].kind == .punctuation(0x2C) else { return nil }
        var k = j + 1
        while k < tokens.count, k <= j + 14, tokens[k].kind != .punctuation(0x2C) { k += 1 }
        guard k + 1 < tokens.count, tokens[k].kind == .punctuation(0x2C), Lexicon.quoteVerbs.contains(tokens[k + 1].lowered),
              tokens[k + 1].lowered != "according" else { return nil }
        return (tidyName(name), k + 1)
    }

    /// `Jeff Rathke, the State Department Spokesperson, said, “`: the name before the appositive.
    private static func nameBeforeAppositive(_ tokens: [Token], before v: Int) -> String? {
        guard v >= 2, tokens[v - 1].kind == .punctuation(0x2C) else { return nil }
        var k = v - 2
        while k >= 0, k >= v - 16, tokens[k].kind != .punctuation(0x2C) { k -= 1 }
        guard k >= 1, tokens[k].kind == .punctuation(0x2C) else { return nil }
        return nameBackward(tokens, before: k)
    }

    private static func nameThenVerb(_ tokens: [Token], from i: Int) -> (String, Int)? {
        var j = i
        var words: [String] = []
        while j < tokens.count, tokens[j].isWord, words.count < 5, !Lexicon.quoteVerbs.contains(tokens[j].lowered) {
            words.append(tokens[j].text)
            j += 1
        }
        guard j < tokens.count, !words.isEmpty, Lexicon.quoteVerbs.contains(tokens[j].lowered), tokens[j].lowered != "according" else {
            return nil
        }
        return (words.joined(separator: " "), j)
    }

    /// A capitalised name after the verb: `said Cherie Jimenez, a survivor`. Pronouns count too.
    private static func nameForward(_ tokens: [Token], from i: Int) -> String? {
        guard i < tokens.count, tokens[i].isWord else { return nil }
        if Lexicon.pronouns.contains(tokens[i].lowered) { return tokens[i].lowered }
        var j = i
        var words: [String] = []
        while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized || (isNameParticle(tokens[j].lowered) && !words.isEmpty) {
            words.append(tokens[j].text)
            j += 1
            // "Dr. Samuel Whitfield": the title's full stop does not end the name.
            if j + 1 < tokens.count, tokens[j].kind == .punctuation(0x2E), Lexicon.titleAbbreviations.contains(tokens[j - 1].lowered) {
                j += 1
            }
        }
        if words.isEmpty, ["the", "a", "an"].contains(tokens[i].lowered) {
            // "said the minister", "said a spokesman for the ministry"
            while j < tokens.count, tokens[j].isWord, words.count < 6 { words.append(tokens[j].text); j += 1 }
        }
        return words.isEmpty ? nil : tidyName(words)
    }

    /// A name before the verb: `EVA Center founder Cherie Jimenez says`.
    private static func nameBackward(_ tokens: [Token], before v: Int) -> String? {
        var j = v - 1
        if j >= 0, Lexicon.pronouns.contains(tokens[j].lowered) { return tokens[j].lowered }
        var words: [String] = []
        while j >= 0, tokens[j].isWord, tokens[j].isCapitalized || isNameParticle(tokens[j].lowered) {
            words.insert(tokens[j].text, at: 0)
            j -= 1
        }
        while let first = words.first, isNameParticle(first.lowercased()) { words.removeFirst() }
        return words.isEmpty ? nil : tidyName(words)
    }

    private static func isNameParticle(_ word: String) -> Bool {
        ["de", "da", "van", "von", "bin", "al", "del", "della", "der", "le", "la", "du"].contains(word)
    }

    /// "CHERIE JIMENEZ" reads as "Cherie Jimenez"; titles before the name go ("State Auditor Maria Delgado").
    static func tidyName(_ words: [String]) -> String {
        var words = words
        while words.count > 1, titles.contains(words[0].lowercased()) { words.removeFirst() }
        // Byte test: a word with any ASCII lower-case letter is not in capitals, which settles nearly every name.
        let allCaps = words.allSatisfy { word in
            !word.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } && (word.utf8.allSatisfy { $0 < 0x80 } || word == word.uppercased())
        }
        if allCaps, words.count >= 2 {
            return words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        return words.joined(separator: " ")
    }

    private static func resolve(_ speaker: String, context: SourceContext) -> String? {
        if Lexicon.pronouns.contains(speaker) {
            return speaker == "i" || speaker == "we" ? nil : context.lastPerson
        }
        return context.fullName(speaker)
    }

    private static func isName(_ text: String) -> Bool {
        // ASCII text by bytes: one to four space-separated words, each opening with a capital.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var words = 0
            var previous: UInt8 = 0x20
            for b in text.utf8 {
                if b != 0x20, previous == 0x20 {
                    guard b >= 0x41 && b <= 0x5A else { return false }
                    words += 1
                }
                previous = b
            }
            return words >= 1 && words <= 4
        }
        let words = text.split(separator: " ")
        return !words.isEmpty && words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "according to The New York Times" → "The New York Times".
    private static func accordingTo(_ tokens: [Token]) -> String? {
        guard let at = tokens.indices.first(where: { tokens[$0].lowered.utf8.count == 9 && tokens[$0].lowered == "according" && $0 + 1 < tokens.count && tokens[$0 + 1].lowered == "to" }) else {
            return nil
        }
        var j = at + 2
        var words: [String] = []
        while j < tokens.count, tokens[j].isWord || tokens[j].isNumber || tokens[j].kind == .dash, words.count < 12 {
            if !words.isEmpty, phraseStops.contains(tokens[j].lowered) { break }
            words.append(tokens[j].text)
            j += 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The subject of a reporting verb in a sentence without quotes: "the Saudi Interior Ministry said".
    /// Returns the source and whether it looks like a person's name.
    private static func reportingSource(_ tokens: [Token]) -> (String, Bool)? {
        for v in tokens.indices where tokens[v].roles.contains(.speechVerb) {
            var j = v - 1
            var words: [Token] = []
            while j >= 0, tokens[j].isWord || tokens[j].isNumber, words.count < 6, !phraseStops.contains(tokens[j].lowered) {
                words.insert(tokens[j], at: 0)
                j -= 1
            }
            guard !words.isEmpty else { continue }
            if words.count == 1, Lexicon.pronouns.contains(words[0].lowered) {
                // "He said the clinic turned away...": the person last named.
                if ["he", "she"].contains(words[0].lowered) { return (words[0].lowered, true) }
                continue
            }
            let hasName = words.contains { $0.isCapitalized && !(["The", "A", "An"].contains($0.text)) }
            let hasSourceNoun = words.contains { sourceNouns.contains($0.lowered) }
            guard hasName || hasSourceNoun else { continue }
            let text = words.map(\.text).joined(separator: " ")
            let isPerson = words.allSatisfy { $0.isCapitalized } && words.count <= 5 && !hasSourceNoun
            return (isPerson ? tidyName(words.map(\.text)) : text, isPerson)
        }
        return nil
    }
}
