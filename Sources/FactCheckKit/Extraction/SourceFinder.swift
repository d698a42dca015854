/// Who a sentence leans on: the speaker of a direct quote, or the source of a reported fact.
struct SourceFinding {
    /// The sentence holds a direct quote of three words or more (not a scare quote).
    var hasQuote = false
    var speaker: String?
    var attribution: String?
    /// The sentence ends inside a quote that the next sentence goes on with.
    var endsInsideQuote = false
    /// The speaker was taken from the sentence before, not credited here: a later credit in the same quote wins.
    var speakerInferred = false
    /// Who the sentence is about when it opens with "He", "She" or a descriptor ("The company"), resolved to the
    /// person or organisation the article named (`SourceFinder.subject`).
    var subject: String?
}

/// What the finder remembers from sentence to sentence within an article.
struct SourceContext {
    /// Full names seen so far ("Cherie Jimenez"), so a later "Jimenez" or "she" can be resolved.
    var knownNames: [String] = []
    /// The same names as a set, for the membership test made on every capitalised run. Sized for an article's
    /// names, so it is not rebuilt as it doubles.
    var knownNameSet = Set<String>(minimumCapacity: 64)
    /// The last person named as a speaker or source, for "she said".
    var lastPerson: String?
    /// Names of the last few sentences, latest last: each one's speaker or source, else its first full name.
    /// Whether one is a person's is asked only when a pronoun needs it (`lastNamedPerson`).
    var namedCandidates: [String] = []
    /// The last person named in full in any role ("Mayor Ada Okafor won ..."), for a sentence that opens "She".
    var lastNamedPerson: String? { namedCandidates.last(where: SourceFinder.isPersonName) }
    /// The first name of two or more words in the current sentence (`noteNames`), perhaps a place's.
    var sentenceName: String?
    /// By surname, the pronoun a sentence opening with it was resolved to each person by: "he" is not the next "she".
    var pronouns: [String: String] = [:]
    /// The previous sentence's tokens: the person it names in full is who a free-standing quote after it is from.
    var previousTokens: [Token] = []
    /// The last sentence's speaker was inferred (`SourceFinding.speakerInferred`).
    var lastSpeakerInferred = false
    /// The speaker of the quote still open from the previous sentence, if any.
    var openQuoteSpeaker: String?
    /// Whom the last sentence credits, as speaker or as source, or is about (`SourceFinder.find` keeps it).
    var lastCredited: String?
    /// Who the previous paragraph ended by crediting: a paragraph that opens on a quote nobody is credited with goes
    /// on in that voice (`"There are going to be tensions."` after `..., he said.`), when it is a person's name
    /// (asked only then). Set at each paragraph's start.
    var paragraphOpeningSpeaker: String?
    var insideQuote = false
    /// The figures of the sentences before: what a bare figure counts when its sentence does not say.
    var figures = FigureContext()
    /// By surname, the words of office and role in the sentences that named the person ("Health Secretary Matt
    /// Hancock told MPs" gives Hancock "secretary"): "the secretary" is Hancock, "the senator" is not.
    var roleWords: [String: Set<String>] = [:]

    /// The person a bare descriptor ("minister", "senator") stands for: the last person named, when a sentence naming
    /// them used that word.
    func personDescribed(as word: String) -> String? {
        guard let person = lastPerson, let space = person.utf8.lastIndex(of: 0x20) else { return nil }
        let surname = String(person[person.utf8.index(after: space)...])
        return roleWords[surname]?.contains(word) == true ? person : nil
    }

    /// The organisation last named as a source or a sentence's subject, for "the agency said", "the company".
    var lastOrganisation: String? {
        didSet {
            organisationAge = 0
            guard lastOrganisation != oldValue else { return }
            organisationHead = lastOrganisation.map(Self.head)
        }
    }
    /// Sentences since `lastOrganisation` was last named, by its first word after "The" ("Toyota" for "Toyota Motor
    /// Corp", "Harbour" for "The Harbour Authority"): "it" stands for it only while it is recent, not once the
    /// article has moved on to "the Chinese government".
    var organisationAge = 0
    var organisationHead: String?
    /// How often each capitalised word has stood alone inside a sentence (not opening it): "Siemens", "Toyota".
    var capitalCounts = [String: Int](minimumCapacity: 64)
    /// `noteNames`' buffer of token indices, kept between sentences for its capacity.
    var nameRun: [Int] = []
    /// The single name the article repeats most, seen at least three times: who "the company" is when no
    /// organisation was named as a source.
    var mostNamed: String? {
        guard let (name, count) = capitalCounts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }), count >= 2 else { return nil }
        return name
    }

    /// A name's first word after "The", "A" or "An", found by bytes: "Toyota" of "Toyota Motor Corp".
    static func head(_ name: String) -> String {
        let utf8 = name.utf8
        var start = utf8.startIndex
        while let space = utf8[start...].firstIndex(of: 0x20) {
            let word = name[start..<space]
            guard word == "The" || word == "the" || word == "A" || word == "An" else { return String(word) }
            start = utf8.index(after: space)
        }
        return String(name[start...])
    }

    /// The organisation named in this sentence or the two before: who "it" is in "It now expects", "..., it said.".
    var recentOrganisation: String? { organisationAge <= 2 ? lastOrganisation : nil }

    /// Keeps a full name among those known, once. Many are never asked for: whether one names a place is asked
    /// only of a name a lookup matches (`fullName`).
    mutating func know(_ name: String) {
        if knownNameSet.insert(name).inserted { knownNames.append(name) }
    }

    mutating func remember(_ name: String) {
        if name.containsByte(0x20) { know(name) }
        lastPerson = name
    }

    /// Whether "he" or "she" may stand for `person`: not when the article already called them the other (by surname).
    func allows(_ pronoun: String, for person: String) -> Bool {
        guard let surname = person.spaceSeparated().last, let known = pronouns[String(surname)] else { return true }
        return known == pronoun
    }

    /// Keeps by surname the pronoun "he" or "she" a credit was resolved to `person` by, unless one is kept already.
    mutating func notePronoun(_ pronoun: String, of person: String) {
        guard let surname = person.spaceSeparated().last, person.containsByte(0x20), pronouns[String(surname)] == nil else { return }
        pronouns[String(surname)] = pronoun
    }

    /// Keeps `name` among the last few named (`namedCandidates`).
    mutating func noteCandidate(_ name: String) {
        if namedCandidates.count == 6 { namedCandidates.removeFirst() }
        namedCandidates.append(name)
    }

    /// "Jimenez" becomes "Cherie Jimenez" when the article named her in full earlier.
    /// So does "Mr Jimenez" or "President Jimenez": a surname after titles only. Never a place's name: "Sudan" is
    /// not "South Sudan".
    func fullName(_ name: String) -> String {
        func known(_ surname: Substring) -> String? {
            let needle = " " + surname
            return knownNames.last { $0.hasSuffix(needle) && !SourceFinder.namesPlace($0) }
        }
        guard let space = name.utf8.firstIndex(of: 0x20) else { return known(Substring(name)) ?? name }
        // Most names open with no title: settled on the first word before any splitting.
        guard Self.isTitle(name[..<space]) else { return name }
        let words = name.spaceSeparated()
        guard words.dropLast().allSatisfy(Self.isTitle), let surname = words.last, let full = known(surname) else { return name }
        return full
    }

    /// A title as written before a name, with or without its full stop: "Mr", "Dr.", "President".
    private static func isTitle(_ word: Substring) -> Bool {
        let bare = word.utf8.last == 0x2E ? word.dropLast() : word
        return SourceFinder.titles.contains(lowercasing: bare)
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
        "authors", "source", "witness", "witnesses", "insider", "insiders",
    ]
    /// Titles and roles that stand before a name: "State Auditor Maria Delgado" is Maria Delgado.
    static let titles: WordSet = [
        "president", "vice", "council", "state", "auditor", "senator", "sen", "rep", "representative", "gov", "governor",
        "mayor", "emeritus", "associate", "assistant", "judge", "dr", "mr", "mrs", "ms", "miss", "prof", "professor",
        "chief", "minister", "prime", "secretary",
        "general", "gen", "director", "officer", "commissioner", "ambassador", "chairman", "chairwoman", "chair", "ceo",
        "justice", "attorney", "deputy", "founder", "spokesman", "spokeswoman", "spokesperson", "councilor",
        "councillor", "councilwoman", "councilman", "sheriff", "police", "captain", "capt", "lieutenant", "lt",
        "sergeant", "sgt", "detective", "det", "pope", "king", "queen", "prince", "princess", "lord", "lady", "sir",
        "rev", "reverend", "father", "coach", "executive", "manager", "leader", "speaker", "congressman",
        "congresswoman", "assemblyman", "assemblywoman", "superintendent", "supt", "inspector", "colonel", "col",
        "major", "maj", "admiral", "adm", "commander", "cmdr", "senior", "former", "acting", "interim", "u.s",
        "fm", "pm", "cm", "mp", "mla",
    ]
    /// Words that end names of things, not people: "Clean Air Act", "Johnson Space Center".
    static let nonPersonWords: WordSet = [
        "act", "law", "bill", "conference", "church", "house", "street", "road", "river", "county", "city", "state",
        "states", "republic", "kingdom", "island", "islands", "airport", "station", "festival", "games", "cup", "award",
        "awards", "prize", "day", "week", "program", "programme", "project", "system", "space", "shuttle", "sea",
        "ocean", "mountains", "park", "hall", "square", "bridge", "korea", "america", "africa", "europe", "asia",
        "east", "west", "north", "south", "war", "court", "hospital", "school", "college", "museum", "league", "club",
    ]

    /// A name with a word of place or body in it: "South Sudan", "Kings County".
    static func namesPlace(_ name: String) -> Bool {
        name.spaceSeparated().contains { nonPersonWords.contains(lowercasing: $0) }
    }

    /// Capitalised words that open a clause, not a name: "Though YouTube", "As Heald".
    static let clauseOpeners: WordSet = ["Though", "Although", "As", "In", "When", "While", "After", "Before", "Since", "If", "Because", "Despite", "Unlike", "Like", "Then", "Once", "Until", "Unless"]

    /// Titles of office that end what stands before a person's name.
    static let personTitles: WordSet = [
        "minister", "secretary", "president", "governor", "mayor", "senator", "chairman", "chairwoman", "director",
        "analyst", "spokesman", "spokeswoman", "spokesperson", "commissioner", "ambassador", "chief", "ceo", "chancellor",
    ]

    /// Capitalised only because they open a sentence: not the start of a name.
    /// Capitalised words that open a run without being part of the name after them: "The", "In", "As Mashable
    /// reports", "While Uber claims"; and the verbs that open a question ("Was Bartleby ill?", "Did Okafor know?").
    /// Not "Will": "Will Mitchell" is a name.
    static let runOpeners: WordSet = [
        "the", "a", "an", "in", "on", "at", "but", "and", "as", "while", "when", "if", "though", "although", "after",
        "before", "since", "because", "despite", "unlike", "now", "meanwhile", "however", "yet", "still", "also",
        "many", "some", "most", "for", "was", "were", "is", "are", "did", "does", "do", "has", "have", "had", "would",
        "could", "should",
    ]
    private static let phraseStops: WordSet = [
        "that", "which", "who", "whom", "and", "but", "because", "when", "while", "it", "as", "if", "since", "although",
        "after", "before", "where", "so", "than", "what", "how", "has", "have", "had", "was", "were", "is", "are",
        "whenever", "wherever", "unless", "until", "though", "whether",
    ]

    static func find(_ tokens: [Token], context: inout SourceContext) -> SourceFinding {
        let startsInsideQuote = context.insideQuote
        context.organisationAge += 1
        if let head = context.organisationHead {
            // By index, and by length before text: most words differ in length, and a string comparison is a call.
            let length = head.utf8.count
            for index in tokens.indices where tokens[index].end - tokens[index].start == length && tokens[index].text == head {
                context.organisationAge = 0
                break
            }
        }
        noteNames(tokens, context: &context)
        var finding = SourceFinding()
        let quotes = quoteSpans(tokens, startsInside: context.insideQuote)
        let longQuotes = quotes.spans.filter { wordCount(tokens, $0) >= 3 || ($0.lowerBound == 0 && context.insideQuote) }
        finding.endsInsideQuote = quotes.endsInside
        if let attribution = accordingTo(tokens) {
            finding.attribution = attribution
        }
        // Short fragments count as quotes when a speaker is credited with them: `"that's enormous," said NAME`.
        let creditedShort = quotes.spans.filter { wordCount(tokens, $0) < 3 && !longQuotes.contains($0) && creditFollows(tokens, $0) }
        // The spans come in reading order, so without short ones there is nothing to merge or sort.
        let spokenQuotes = creditedShort.isEmpty ? longQuotes : (longQuotes + creditedShort).sorted { $0.lowerBound < $1.lowerBound }
        if !spokenQuotes.isEmpty {
            finding.hasQuote = true
            var speaker = quoteSpeaker(tokens, quotes: spokenQuotes, firstMark: quotes.spans.first) ?? trailingCredit(tokens)
            // `It said "..."`: the body last named, when "it" reports; never "It".
            if let found = speaker, pointingWords.contains(lowercasing: found) {
                speaker = organisationPronounReports(tokens) ? context.recentOrganisation : nil
            } else if let found = speaker {
                speaker = openingSubject(found, tokens, context: context)
                    ?? (found == "he" || found == "she" ? previousSubject(context) : nil) ?? resolve(found, context: context)
                // `Thomas' sister pleaded with him ..., but he replied "..."`: a pronoun after another person named in
                // the sentence may be theirs; the one credited before is only a guess, so nobody is named.
                if found == "he" || found == "she", let person = speaker, namesAnotherOwner(tokens, than: person) { speaker = nil }
                if found == "he" || found == "she", let person = speaker { context.notePronoun(found, of: person) }
            } else if spokenQuotes.first!.lowerBound <= 1, context.insideQuote || context.openQuoteSpeaker != nil {
                speaker = context.openQuoteSpeaker  // a quote that goes on from the previous sentence
                finding.speakerInferred = context.lastSpeakerInferred
            } else if spokenQuotes.first!.lowerBound <= 1, let last = spokenQuotes.last,
                      !tokens[min(last.upperBound + 1, tokens.count)...].contains(where: { $0.isWord || $0.isNumber }),
                      let named = personNamed(context.previousTokens, context: context) {
                speaker = named  // `Ron Humble was rescued ... “And we were on the third floor ...”`
                finding.speakerInferred = true
            } else if spokenQuotes.first!.lowerBound <= 1, let previous = context.paragraphOpeningSpeaker, isPersonName(previous) {
                speaker = previous  // a paragraph's opening quote, uncredited: the voice the paragraph before ended in
                finding.speakerInferred = true
            }
            // A speaker guessed from the sentences before is never someone the quote names: `“Who is Ellen Fetter?”`
            // after a sentence thanking Ellen Fetter is someone else's question.
            if finding.speakerInferred, let guessed = speaker, let surname = guessed.spaceSeparated().last,
               spokenQuotes.contains(where: { span in tokens[span].contains { $0.isWord && $0.text == surname } }) {
                speaker = nil
                finding.speakerInferred = false
            }
            // `Mr. Reeves said he thought ... had made a “deal with the devil.”`: the quote is too far from its verb to be
            // credited by it, but a person named as reporting the sentence said the quote. Only a person named: "the
            // president said," before a quote is left to `quoteSpeaker`, which takes no role for a name, and "he
            // replied" may be anyone the sentence names.
            if speaker == nil, finding.attribution == nil, let (source, isPerson) = reportingSource(tokens, outside: quotes.spans),
               isPerson, !Lexicon.pronouns.contains(source), let resolved = resolve(source, context: context) {
                finding.attribution = resolved
                speaker = resolved
            }
            if let speaker, speaker != "" {
                finding.speaker = speaker
                context.remember(speaker)
            }
            context.openQuoteSpeaker = finding.speaker ?? context.openQuoteSpeaker
            // `NAME said that "overall levels" had remained "steady"`: the speaker is the source of the report too.
            // So is the speaker of a partial quote: `the melt "mirrors the rise," Hugonnet said`.
            if finding.attribution == nil, let speaker = finding.speaker,
               saysThat(tokens) || spokenQuotes.reduce(0, { $0 + wordCount(tokens, $1) }) * 5 < wordCount(tokens, 0..<tokens.count) * 3 {
                finding.attribution = speaker
            }
        } else {
            context.openQuoteSpeaker = nil
            if finding.attribution == nil, let (source, isPerson) = reportingSource(tokens) {
                if let resolved = isPerson ? resolve(source, context: context) : context.fullName(source) {
                    finding.attribution = resolved
                    if source == "he" || source == "she" { context.notePronoun(source, of: resolved) }
                    if isPerson { context.remember(resolved) }
                }
            }
            if finding.attribution == nil, let organisation = context.recentOrganisation, organisationPronounReports(tokens) {
                finding.attribution = organisation
            }
        }
        // "According to the team's coach, Ali Reza, ...", `said a BBC executive, Caroline Thomson.`: the person named.
        if let attribution = finding.attribution, let person = nameInApposition(to: attribution, tokens) {
            finding.attribution = person
        }
        if let speaker = finding.speaker, let person = nameInApposition(to: speaker, tokens) {
            finding.speaker = person
            context.remember(person)
        }
        if let attribution = finding.attribution {
            // "the data agency", "the Munich-based company", "the statement": the organisation already named.
            if let resolved = resolveDescriptor(attribution, context: context) {
                finding.attribution = resolved
            } else if let by = byPhrase(attribution) {
                finding.attribution = resolveDescriptor(by, context: context) ?? by
            }
        }
        if let speaker = finding.speaker, let resolved = resolveDescriptor(speaker, context: context) { finding.speaker = resolved }
        if let attribution = finding.attribution, finding.speaker == nil, isName(attribution) {
            context.remember(attribution)
        }
        // The source, then the speaker (no array made for the two).
        if let source = finding.attribution, isOrganisation(source) || isLoneName(source, context) { context.lastOrganisation = source }
        if let source = finding.speaker, isOrganisation(source) || isLoneName(source, context) { context.lastOrganisation = source }
        finding.subject = subject(of: tokens, startsInsideQuote: startsInsideQuote, context: &context)
        // "Okafor said": a person's surname the article gave in full is no organisation.
        if let subject = organisationSubject(tokens), subject.containsByte(0x20) || isLoneName(subject, context) {
            context.lastOrganisation = subject
        }
        noteNamedPerson(finding: finding, context: &context)
        context.previousTokens = tokens
        context.lastSpeakerInferred = finding.speakerInferred
        context.paragraphOpeningSpeaker = nil
        // Or the person a sentence opening "He" or "She" is about: "He defended his decision." before `"Well, ..."`;
        // not a subject found otherwise ("the company claims ..." is about a company).
        let opensWithPronoun = openingPronoun(tokens) != nil
        // Kept as found; whether it names a person is asked only at a paragraph's start.
        context.lastCredited = finding.speaker ?? finding.attribution ?? (opensWithPronoun ? finding.subject : nil)
        context.insideQuote = quotes.endsInside
        return finding
    }

    /// A source read as a description in lower case ("the team's coach", "a BBC executive") whose last word the
    /// sentence follows with a comma and a person's full name, then a comma or the sentence's end: that person.
    private static func nameInApposition(to source: String, _ tokens: [Token]) -> String? {
        // A description opens and ends in lower case: "the New Zealand Herald" is a name already.
        guard let first = source.utf8.first, first >= 0x61, first <= 0x7A, let last = source.spaceSeparated().last,
              let head = last.utf8.first, head >= 0x61, head <= 0x7A else { return nil }
        for k in tokens.indices.dropFirst() where tokens[k].kind == .punctuation(0x2C) && tokens[k - 1].isWord && tokens[k - 1].text == last {
            var j = k + 1
            var words: [String] = []
            while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized, words.count < 4 {
                words.append(tokens[j].text)
                j += 1
            }
            guard words.count >= 2, j == tokens.count || tokens[j].kind == .punctuation(0x2C) || tokens[j].kind == .punctuation(0x2E)
                || tokens[j].kind == .closeQuote else { continue }
            let name = tidyName(words)
            if isPersonName(name) { return name }
        }
        return nil
    }

    /// Nouns that describe an organisation already named: "the company", "the data agency", "the statement".
    static let descriptorNouns: WordSet = [
        "company", "agency", "group", "firm", "airline", "carmaker", "automaker", "conglomerate", "statement", "bank",
        "ministry", "department", "watchdog", "bureau", "party", "organisation", "organization", "retailer",
        "supermarket", "giant", "lender", "insurer", "regulator", "office", "government", "operator", "chain",
        "manufacturer", "maker", "producer", "utility", "commission", "council",
    ]

    /// Lower-case roles between a body's name and a person's: "Amazon founder Jeff Bezos", "Acme chief executive Dana
    /// Lind", "Harbour Authority spokeswoman Ada Berg".
    static let roleNouns: WordSet = [
        "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson", "executive", "president", "chairman",
        "chairwoman", "director", "analyst", "economist", "professor", "secretary", "minister", "officer", "manager",
        "head", "chief", "adviser", "advisor", "researcher", "scientist", "lawyer", "attorney", "coach", "captain",
        "strategist", "commissioner", "superintendent", "engineer", "owner", "editor", "curator", "historian",
    ]

    /// Nouns that describe a person already named: "the FM", "the minister".
    static let personDescriptors: WordSet = [
        "fm", "minister", "president", "secretary", "chairman", "chairwoman", "chair", "ceo", "governor", "mayor",
        "official", "spokesman", "spokeswoman", "spokesperson", "chancellor", "senator", "premier",
    ]

    /// The words of office and role in a sentence, lower-cased: "minister", "secretary"; "fm" for a finance minister.
    private static func roleWords(_ tokens: [Token]) -> Set<String> {
        var words = Set<String>()
        // A bit test per word: the lexicon marked words of office once, when the token was made.
        for token in tokens where token.roles.contains(.office) { words.insert(token.lowered) }
        if words.contains("minister"), tokens.contains(where: { $0.lowered == "finance" }) { words.insert("fm") }
        return words
    }

    /// The organisation a descriptor stands for: "the agency" → the last organisation named. Nil when the text
    /// is not a bare descriptor (a name, or a noun phrase with a name in it).
    static func resolveDescriptor(_ text: String, context: SourceContext) -> String? {
        var words = text.spaceSeparated()
        while let last = words.last, words.count > 2, Lexicon.weekdays.contains(lowercasing: last) || ["today", "yesterday"].contains(last.lowercased()) {
            words.removeLast()
        }
        // "the FM", "the minister": the person last named.
        if words.count == 1, personDescriptors.contains(lowercasing: words[0]), let person = context.personDescribed(as: words[0].lowercased()) {
            return person
        }
        // "the country's electoral commission" names its own organisation; "the world's biggest carmaker" describes
        // the one already named.
        if let owner = words.firstIndex(where: { $0.endsWithPossessiveS }) {
            guard owner + 1 < words.count, placeOwners.contains(words[owner].lowercased().replacingOccurrences(of: "’", with: "'")),
                  isSuperlativeWord(words[owner + 1].lowercased()) else { return nil }
        }
        if words.count >= 2, words.count <= 4, ["the", "The"].contains(words[0]), let last = words.last,
           personDescriptors.contains(lowercasing: last), let person = context.personDescribed(as: last.lowercased()) {
            return person
        }
        guard let organisation = context.lastOrganisation ?? context.mostNamed else { return nil }
        guard words.count >= 2, words.count <= 5, ["the", "The"].contains(words[0]),
              let last = words.last, descriptorNouns.contains(lowercasing: last), last.first?.isLowercase == true else { return nil }
        // "the Russian space agency" is not "Russian", the word the article repeats: a descriptor does not describe a
        // body by its own name.
        let head = SourceContext.head(organisation)
        guard !words.contains(where: { $0 == head }) else { return nil }
        // "the company" is no public body: after "the Office for National Statistics said", "The company posted a loss"
        // is some company's, not the statistics office's.
        if businessNouns.contains(lowercasing: last),
           organisation.spaceSeparated().contains(where: { publicBodyWords.contains(lowercasing: $0) }) {
            return nil
        }
        return organisation
    }

    /// Descriptors that only a business answers to: "the company", "the retailer".
    private static let businessNouns: WordSet = [
        "company", "firm", "airline", "carmaker", "automaker", "conglomerate", "retailer", "supermarket", "lender",
        "insurer", "manufacturer", "maker", "producer", "chain",
    ]

    /// Words that name a public body: "Office", "Ministry", "Bureau of Statistics".
    private static let publicBodyWords: WordSet = [
        "office", "ministry", "department", "bureau", "agency", "commission", "council", "authority", "statistics",
        "police", "court", "parliament", "government", "administration", "service", "university", "institute",
    ]

    /// Owners before a superlative that describe a company by its rank: "the world's biggest", "the nation's largest".
    private static let placeOwners: WordSet = ["world's", "nation's", "country's", "region's", "continent's"]

    private static func isSuperlativeWord(_ word: String) -> Bool {
        Lexicon.superlatives.contains(word) || (word.hasSuffix("est") && !Lexicon.notSuperlatives.contains(word))
    }

    /// Verbs an organisation called "it" reports or forecasts with: "..., it said.", "It now expects ...". Not "it
    /// shows" or "it found": a chart or a study does those too.
    private static let organisationReportVerbs: WordSet = [
        "said", "says", "added", "adds", "warned", "announced", "reported", "reports", "stated", "noted", "told",
        "estimated", "estimates", "expects", "forecasts", "forecast", "predicts", "predicted", "projects", "projected",
    ]

    /// The sentence reports what "it" says or expects, with "it" a subject of its own (opening the sentence or a
    /// clause: "It now expects", "But it warned", "..., it said."): the organisation the article named last.
    static func organisationPronounReports(_ tokens: [Token]) -> Bool {
        for i in tokens.indices where tokens[i].end - tokens[i].start == 2 && tokens[i].isWord && tokens[i].lowered == "it" {
            guard i == 0 || tokens[i - 1].kind == .punctuation(0x2C) || ["but", "and", "yet"].contains(tokens[i - 1].lowered) else { continue }
            if let v = verb(after: i, in: tokens), organisationReportVerbs.contains(tokens[v].lowered) { return true }
        }
        return false
    }

    /// The word after the subject at `i`, past one adverb ("It now expects", "it later said"), if it is a word.
    static func verb(after i: Int, in tokens: [Token]) -> Int? {
        var v = i + 1
        if v < tokens.count, ["now", "also", "still", "later", "further", "previously", "earlier"].contains(tokens[v].lowered) { v += 1 }
        return v < tokens.count && tokens[v].isWord ? v : nil
    }

    /// "figures released by the German industrial conglomerate Wednesday" → "the German industrial conglomerate".
    static func byPhrase(_ text: String) -> String? {
        // By bytes: Foundation's `range(of:)` here and its `contains` in `isPersonName` cost 1.1 M instructions a
        // pass of the speed suite (1.6 %).
        guard let offset = ByteSearch.firstOffset(of: " by ", in: text) else { return nil }
        let after = text.utf8.index(text.utf8.startIndex, offsetBy: offset + 4)
        var words = text[after...].spaceSeparated()
        while let last = words.last, Lexicon.weekdays.contains(lowercasing: last) || ["today", "yesterday", "on"].contains(last.lowercased()) { words.removeLast() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Words that mark a name as an organisation's.
    static let organisationWords: WordSet = [
        "corp", "inc", "ltd", "co", "group", "bank", "agency", "bureau", "department", "ministry", "office",
        "commission", "council", "party", "university", "institute", "association", "press", "news", "times", "post",
        "service", "administration", "organization", "organisation", "center", "centre", "fund", "board", "authority",
        "company", "motors", "motor", "airlines", "canada", "statistics", "police", "court", "reserve", "union",
        "nations", "commissioner", "forum", "foundation", "observatory", "survey", "plc", "ag", "sa", "insider",
        "weekly", "journal", "herald", "tribune", "gazette", "magazine", "telegraph", "guardian", "foods", "media",
        "network", "studios", "records", "holdings", "partners", "industries", "systems", "technologies", "labs",
    ]

    static func isOrganisation(_ name: String) -> Bool {
        // By bytes, without a string or an array a word: this runs for every capitalised run of every sentence.
        var name = name
        return name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return isOrganisation(wordByWord: bytes) }
            var words = 0
            var hasOrganisationWord = false
            var acronym = false
            var start = 0
            while start < bytes.count {
                guard bytes[start] != 0x20 else { start += 1; continue }
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                defer { start = end }
                words += 1
                guard words <= 8 else { return false }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                var bare = word.count
                while bare > 0, word[bare - 1] == 0x2E { bare -= 1 }
                let stem = UnsafeBufferPointer(rebasing: word[..<bare])
                if !(word[0] >= 0x41 && word[0] <= 0x5A), !connectors.contains(asciiFolding: stem) { return false }
                if organisationWords.contains(asciiFolding: stem) { hasOrganisationWord = true }
                // "UNHCR", "NOAA", "U.N": an acronym.
                acronym = word.count >= 2 && word.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2E }
            }
            return words == 1 ? acronym : hasOrganisationWord
        }
    }

    /// Lower-case words that may stand inside a body's name: "Bank of England".
    private static let connectors: WordSet = ["of", "for", "and", "the"]

    /// `isOrganisation` word by word as strings: the way a name with a byte outside ASCII is read (and the one the
    /// ASCII path is tested against).
    static func isOrganisation(wordByWord name: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0
        var hasOrganisationWord = false
        var acronym = false
        for word in name.split(separator: 0x20) {
            words += 1
            guard words <= 8, let first = word.first else { return false }
            let capital = (first >= 0x41 && first <= 0x5A) || first >= 0x80
            var lowered = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            while lowered.last == 0x2E { lowered.removeLast() }
            let text = String(decoding: lowered, as: UTF8.self)
            if !capital, !connectors.contains(text) { return false }
            if organisationWords.contains(text) { hasOrganisationWord = true }
            acronym = word.count >= 2 && word.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2E }
        }
        return words == 1 ? acronym : hasOrganisationWord
    }

    /// A source of one capitalised word that is no one's surname the article gave in full ("Roscosmos said",
    /// "Siemens said"): a body, since people are named in full first; "it said" after it is that body.
    private static func isLoneName(_ source: String, _ context: SourceContext) -> Bool {
        guard !source.containsByte(0x20), source.utf8.count > 1, source.first?.isUppercase == true else { return false }
        let lowered = source.lowercased()
        guard !Lexicon.pronouns.contains(lowered), !pointingWords.contains(lowered) else { return false }
        return context.fullName(source) == source && !context.knownNames.contains { $0.hasPrefix(source + " ") }
    }

    /// The organisation a sentence opens with as its subject: "Toyota Motor Corp. said ...", "Siemens posted ...".
    private static func organisationSubject(_ tokens: [Token]) -> String? {
        // Most sentences open with "The", "In", a pronoun or a lower-case word: settled without a string.
        guard !tokens.isEmpty, tokens[0].isWord, tokens[0].isCapitalized, !Lexicon.sentenceStarters.contains(tokens[0].text) else { return nil }
        var j = 0
        var words: [String] = []
        while j < tokens.count, words.count < 6 {
            if tokens[j].isWord, tokens[j].isCapitalized || (!words.isEmpty && isNameJoiner(tokens[j].lowered)) {
                words.append(tokens[j].text)
            } else if tokens[j].kind == .punctuation(0x2E), tokens[j].attached, !words.isEmpty {
                // "Corp.", "U.N.": the stop stays in the name where it is the abbreviation's own ("U.N. agency").
                if keepsAbbreviationStop(tokens, j) { words[words.count - 1] += "." }
            } else {
                break
            }
            j += 1
        }
        while let last = words.last, isNameJoiner(last) { words.removeLast() }
        guard !words.isEmpty, j < tokens.count, tokens[j].isWord, !tokens[j].isCapitalized else { return nil }
        let name = words.joined(separator: " ")
        if words.count == 1 {
            // A single capitalised subject before a verb of business or report: "Siemens posted", "Tesco said".
            let verb = tokens[j].lowered
            guard !loneSubjectOpeners.contains(lowercasing: words[0]),
                  tokens[j].roles.contains(.speechVerb) || loneSubjectVerbs.contains(verb) else { return nil }
            return name
        }
        return isOrganisation(name) ? name : nil
    }

    /// Capitalised words that open a sentence without naming its subject: "The", "In", "Its".
    private static let loneSubjectOpeners: WordSet = [
        "the", "a", "an", "it", "he", "she", "they", "this", "that", "in", "on", "at", "but", "and", "last", "most", "some",
        "many", "its",
    ]
    /// Verbs of business or report after a one-word subject: "Siemens posted", "Tesco has".
    private static let loneSubjectVerbs: WordSet = [
        "posted", "reported", "logged", "earned", "lost", "raised", "cut", "expects", "is", "has",
    ]

    /// `Harry Kane won the award. He said, “...`, `Senator James Lankford ... played down that threat. “...,” he said.`:
    /// "he" or "she" crediting a quote is the person the sentence before opened with, named in full, whoever was
    /// credited earlier. Not a person already called by the other pronoun.
    private static func openingSubject(_ pronoun: String, _ tokens: [Token], context: SourceContext) -> String? {
        guard pronoun == "he" || pronoun == "she", tokens.contains(where: { $0.isWord && $0.lowered == pronoun }) else { return nil }
        // The previous sentence's opening run of capitals, titles dropped: "Senator James Lankford, an Oklahoma ...".
        var run: [String] = []
        for token in context.previousTokens {
            guard token.isWord, token.isCapitalized else { break }
            run.append(token.text)
        }
        // "Once Fetter arrived": a clause's opening word is no part of the name.
        while let first = run.first, runOpeners.contains(lowercasing: first) || opensClause(first) || isOpeningAdverb(first[...]) {
            run.removeFirst()
        }
        guard run.count >= 2 else { return nil }
        let named = tidyName(run)
        guard isPersonName(named), context.knownNameSet.contains(named) else { return nil }
        guard context.allows(pronoun, for: named) else { return nil }
        return named
    }

    /// The person the sentence before opened on as its subject, known in full: "Rathbun requested donations ... He
    /// described Montalvo as ..." is Rathbun's description, whoever was credited before.
    private static func previousSubject(_ context: SourceContext) -> String? {
        guard let (name, _) = openingRun(context.previousTokens, before: context.previousTokens.count, maxWords: 3) else { return nil }
        let full = context.fullName(name)
        guard full.containsByte(0x20), isPersonName(full), !isOrganisation(full) else { return nil }
        return full
    }

    /// The capitalised words a sentence opens on, up to `maxWords` and before `end`, when a lower-case word follows
    /// them (their verb), as a name without its titles: "Prime Minister Rishi Sunak defended" gives "Rishi Sunak" and 4.
    /// Nil when the first word only opens the sentence ("The", "However", "Once", "He").
    private static func openingRun(_ tokens: [Token], before end: Int, maxWords: Int) -> (name: String, words: Int)? {
        var k = 0
        while k < end, k < maxWords, tokens[k].isWord, tokens[k].isCapitalized { k += 1 }
        guard k >= 1, k < end, tokens[k].isWord, !tokens[k].isCapitalized,
              !tokens[0].roles.contains(.runOpener), !Lexicon.sentenceStarters.contains(tokens[0].text),
              !clauseOpeners.contains(tokens[0].text), !Lexicon.pronouns.contains(tokens[0].lowered) else { return nil }
        return (tidyName(tokens[..<k].map(\.text)), k)
    }

    /// The person a sentence names in full (two or more capitalised words that the article knows as a name).
    private static func personNamed(_ tokens: [Token], context: SourceContext) -> String? {
        var run: [String] = []
        var found: String?
        for token in tokens {
            if token.isWord, token.isCapitalized {
                if run.isEmpty, token.roles.contains(.runOpener) || Lexicon.sentenceStarters.contains(token.text) || clauseOpeners.contains(token.text)
                    || isOpeningAdverb(token.text[...]) { continue }
                run.append(token.text)
                continue
            }
            if run.count >= 2 {
                let name = tidyName(run)
                let words = name.spaceSeparated()
                if words.count >= 2, words.count <= 3, !isOrganisation(name),
                   !words.contains(where: { nonPersonWords.contains(lowercasing: $0) || ($0.count > 1 && $0.allSatisfy(\.isUppercase)) }) {
                    found = name
                    break
                }
            }
            run.removeAll()
        }
        return found
    }

    /// "said that", "says that", "told reporters that": reported speech.
    private static func saysThat(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { $0 + 1 < tokens.count && tokens[$0].roles.contains(.speechVerb) && tokens[$0 + 1].lowered == "that" }
    }

    /// A short quote followed by its credit: `“that's enormous,” said NAME`, `“steady,” NAME said`.
    private static func creditFollows(_ tokens: [Token], _ span: Range<Int>) -> Bool {
        var i = span.upperBound + 1
        while i < tokens.count, tokens[i].kind == .punctuation(0x2C) { i += 1 }
        guard i < tokens.count else { return false }
        if Lexicon.quoteVerbs.contains(tokens[i].lowered) { return i + 1 < tokens.count && tokens[i + 1].isCapitalized }
        return i + 1 < tokens.count && tokens[i].isCapitalized && Lexicon.quoteVerbs.contains(tokens[i + 1].lowered)
    }

    /// The credit at the end of a sentence: `..., Hugonnet said.`, `..., the U.N. High Commissioner for Refugees said Friday.`
    private static func trailingCredit(_ tokens: [Token]) -> String? {
        var end = tokens.count
        while end > 0, !tokens[end - 1].isWord { end -= 1 }
        // "said Friday", "said on Tuesday"
        while end > 0, Lexicon.weekdays.contains(tokens[end - 1].lowered) || ["today", "yesterday", "on"].contains(tokens[end - 1].lowered) { end -= 1 }
        guard end >= 3, Lexicon.quoteVerbs.contains(tokens[end - 1].lowered) else { return nil }
        var j = end - 2
        var words: [String] = []
        while j >= 0, words.count < 10 {
            let token = tokens[j]
            if token.kind == .punctuation(0x2C) { break }
            if token.kind == .punctuation(0x2E), token.attached, j > 0, tokens[j - 1].isCapitalized { words.insert(".", at: 0); j -= 1; continue }
            guard token.isWord, token.isCapitalized || ["for", "of", "and", "the", "on"].contains(token.lowered) else { return nil }
            words.insert(token.text, at: 0)
            j -= 1
        }
        while let first = words.first, Lexicon.sentenceStarters.contains(first) || clauseOpeners.contains(first) { words.removeFirst() }
        guard j >= 0, tokens[j].kind == .punctuation(0x2C), words.contains(where: { $0.first?.isUppercase == true }) else { return nil }
        let text = words.joined(separator: " ").joiningSpacedPoints()
        return words.allSatisfy({ $0.first?.isUppercase == true }) && words.count <= 4 ? tidyName(words) : text
    }

    /// Capitalised runs of two or more words ("Council President Tom Reyes") are kept as full names,
    /// so that a later "Reyes said" can be resolved to "Tom Reyes".
    private static func noteNames(_ tokens: [Token], context: inout SourceContext) {
        context.sentenceName = nil
        // The sentence's words of office, read once a name needs them.
        var roles: Set<String>?
        // The run is kept as token indices; strings are made only for runs long enough to be a name. Its array is
        // the context's, taken and given back, so sentences after the first allocate none.
        var run = context.nameRun
        context.nameRun = []
        defer { context.nameRun = run }
        run.removeAll(keepingCapacity: true)
        func flush() {
            if run.count >= 2, run.count <= 6 {
                // "Minister of Education Stefania Giannini": the person is the run's last two words.
                let named = run.count >= 3 && namesBodyBefore(tokens, run[0]) ? Array(run.suffix(2)) : run
                let name = tidyName(named.map { tokens[$0].text })
                if run.contains(where: { tokens[$0].roles.contains(.organisationWord) }), isOrganisation(name) {
                    context.lastOrganisation = name  // "the New Patriotic Party issued a statement"
                } else if name.containsByte(0x20) {
                    context.know(name)
                    if context.sentenceName == nil { context.sentenceName = name }
                    if roles == nil { roles = roleWords(tokens) }
                    if let roles, !roles.isEmpty, let surname = name.spaceSeparated().last {
                        context.roleWords[String(surname), default: []].formUnion(roles)
                    }
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        // By index, not `for token in`: a copied token costs two string retains and releases.
        for index in tokens.indices {
            // A capitalised word on its own inside the sentence ("... said Siemens posted"), counted for "the company".
            if tokens[index].isWord, tokens[index].isCapitalized, tokens[index].text.utf8.count >= 3,
               !(index + 1 < tokens.count && tokens[index + 1].isWord && tokens[index + 1].isCapitalized),
               index == 0 ? !Lexicon.sentenceStarters.contains(tokens[index].text) : !(tokens[index - 1].isWord && tokens[index - 1].isCapitalized),
               tokens[index].roles.isDisjoint(with: [.timeWord, .quantityStart]) {
                context.capitalCounts[tokens[index].text, default: 0] += 1
            }
            if tokens[index].isWord, tokens[index].isCapitalized, tokens[index].text.utf8.count > 1 || !tokens[index].isAllCaps {
                if run.isEmpty, tokens[index].roles.contains(.runOpener) || (index == 0 && isOpeningAdverb(tokens[index].text[...])) {
                    continue
                }
                run.append(index)
            } else if tokens[index].kind == .punctuation(0x2E), let last = run.last,
                      Lexicon.titleAbbreviations.contains(tokens[last].lowered) || isInitial(tokens, last) && run.count >= 2 {
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
        for index in tokens.indices {
            switch tokens[index].kind {
            case .openQuote:
                if openAt == nil { openAt = index; openKind = .openQuote }
            case .closeQuote:
                if let start = openAt, openKind != .straightQuote {
                    spans.append((start + 1)..<index)
                    openAt = nil
                } else if openAt == nil, spans.isEmpty, closesUnopenedQuote(tokens, index) {
                    // `... from 12% to 7%," announced the minister.`: the quote was opened in an earlier paragraph,
                    // or its opening mark was lost in the copy; it runs from the sentence's start.
                    spans.append(0..<index)
                } else if openAt == nil, index == 0, tokens.count > 1, tokens[1].attached {
                    // `”And we were on the third floor ...”`: a closing mark typed where a quote opens.
                    openAt = index
                    openKind = .openQuote
                }
            case .straightQuote:
                if let start = openAt, openKind == .straightQuote || start == -1 {
                    spans.append((start + 1)..<index)
                    openAt = nil
                } else if openAt == nil {
                    if spans.isEmpty, closesUnopenedQuote(tokens, index) {
                        spans.append(0..<index)  // as for a closing mark above
                    } else {
                        openAt = index
                        openKind = .straightQuote
                    }
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

    /// A quote mark after the punctuation that ends a quote (`,"` `."` `?"`), then a verb of saying: it closes a quote.
    private static func closesUnopenedQuote(_ tokens: [Token], _ index: Int) -> Bool {
        guard index >= 3, index + 1 < tokens.count, tokens[index].attached,
              tokens[index - 1].kind == .punctuation(0x2C) || tokens[index - 1].kind == .punctuation(0x2E)
                || tokens[index - 1].kind == .punctuation(0x3F) || tokens[index - 1].kind == .punctuation(0x21) else { return false }
        return tokens[index + 1].isWord && Lexicon.quoteVerbs.contains(tokens[index + 1].lowered)
    }

    private static func wordCount(_ tokens: [Token], _ span: Range<Int>) -> Int {
        tokens[span].reduce(0) { $0 + ($1.isWord || $1.isNumber ? 1 : 0) }
    }

    /// The speaker named around the quotes: `”, said Cherie Jimenez`, `” Jimenez said`, `Trump said: “`.
    /// `firstMark` is the sentence's first quotation of any length: the credit before it serves the quotes after it
    /// (`NAME said it was "distressing" not to have made progress "even in the face of ..."`).
    private static func quoteSpeaker(_ tokens: [Token], quotes: [Range<Int>], firstMark: Range<Int>?) -> String? {
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
        // `quotes` are some of the sentence's quotations, so none opens before `firstMark`.
        if let first = firstMark ?? quotes.first, first.lowerBound > 1 {
            let openAt = first.lowerBound - 1
            if let name = wordsOfSpeaker(tokens, openAt: openAt) { return name }
            var v = openAt - 1
            // The verb is near the quote (`said: “`) or a clause away (`said her party has supported the idea “`).
            while v >= 0, v >= openAt - 12, !isInside(v) {
                if Lexicon.quoteVerbs.contains(tokens[v].lowered) || Self.extraQuoteVerbs.contains(tokens[v].lowered),
                   let name = nameBackward(tokens, before: v) ?? (v >= 1 ? nameAfterRole(tokens, comma: v - 1) : nil)
                    ?? nameBeforeAppositive(tokens, before: v) ?? participleSubject(tokens, verb: v) {
                    return name
                }
                v -= 1
            }
            // `Ada Lind was blunt: “...”`: a quote after a colon is the words of the person the sentence opens on.
            if openAt >= 3, tokens[openAt - 1].kind == .punctuation(0x3A), let person = openingPerson(tokens, before: openAt - 1) {
                return person
            }
        }
        return nil
    }

    /// The person a sentence opens on, by name, as its subject before `end`: "Prime Minister Rishi Sunak defended".
    private static func openingPerson(_ tokens: [Token], before end: Int) -> String? {
        guard let (name, words) = openingRun(tokens, before: end, maxWords: 5), words >= 2 else { return nil }
        return name.containsByte(0x20) && isPersonName(name) && !isOrganisation(name) ? name : nil
    }

    /// `in the words of the prosecutor, Mark Tedeschi, QC, “...`: whose words the quote is, the name last before it.
    private static func wordsOfSpeaker(_ tokens: [Token], openAt: Int) -> String? {
        guard let w = tokens[max(0, openAt - 16)..<openAt].firstIndex(where: { $0.lowered == "words" }), w >= 2, w + 1 < openAt,
              tokens[w - 1].lowered == "the", tokens[w - 2].lowered == "in", tokens[w + 1].lowered == "of" else { return nil }
        var k = openAt - 1
        // Past the comma before the quote and a letters-after-a-name ("QC", "PhD").
        while k > w + 1, tokens[k].kind == .punctuation(0x2C) || postNominals.contains(tokens[k].text) { k -= 1 }
        return k > w + 1 ? nameBackward(tokens, before: k + 1) : nil
    }

    private static let postNominals: WordSet = ["QC", "KC", "MD", "PhD", "Jr", "Sr", "MP", "CBE", "OBE", "MBE", "Esq"]

    /// `Jimenez said`, `she said`, `the minister said` starting at `i`.
    /// Verbs that introduce a quote in running text but are too common to mark a reported fact.
    static let extraQuoteVerbs: WordSet = [
        "stating", "saying", "telling", "adding", "reads", "read", "called", "described", "describes", "branded", "dubbed",
        "labelled", "labeled", "termed",
    ]

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
    /// An appositive with commas of its own (`Ada Lind, curator at the University of Oslo, Blindern, said, “`) is read
    /// back comma by comma, up to three: the first person named before one is the speaker, else the name before the
    /// nearest.
    private static func nameBeforeAppositive(_ tokens: [Token], before v: Int) -> String? {
        guard v >= 2, tokens[v - 1].kind == .punctuation(0x2C) else { return nil }
        var nearest: String?
        var end = v - 1
        for _ in 0..<3 {
            var k = end - 1
            while k >= 0, k >= end - 16, tokens[k].kind != .punctuation(0x2C) { k -= 1 }
            guard k >= 1, tokens[k].kind == .punctuation(0x2C) else { break }
            let name = nameBackward(tokens, before: k)
            if let name, isPersonName(name) { return name }
            if nearest == nil { nearest = name }
            end = k
        }
        return nearest
    }

    private static func nameThenVerb(_ tokens: [Token], from i: Int) -> (String, Int)? {
        var j = i
        var words: [String] = []
        var abbreviated = false
        // Up to seven words: `,” White House press secretary Josh Earnest told` names its person last.
        while j < tokens.count, words.count < (abbreviated ? 8 : 7) {
            // `," U.S. Trade Secretary Ann Lee said`: an abbreviation's full stop is part of the credit.
            if tokens[j].kind == .punctuation(0x2E), tokens[j].attached, j > i, tokens[j - 1].isCapitalized, tokens[j - 1].text.utf8.count <= 4 {
                abbreviated = true
                j += 1
                continue
            }
            guard tokens[j].isWord, !Lexicon.quoteVerbs.contains(tokens[j].lowered) else { break }
            words.append(tokens[j].text)
            j += 1
        }
        guard j < tokens.count, !words.isEmpty, Lexicon.quoteVerbs.contains(tokens[j].lowered), tokens[j].lowered != "according",
              tokens[i..<j].contains(where: \.isCapitalized) || Lexicon.pronouns.contains(tokens[i].lowered) || ["the", "a", "an"].contains(tokens[i].lowered) else {
            return nil
        }
        // `,” he mildly replied`, `,” Lee quickly added`: an adverb in "-ly" before the verb is no part of the name.
        var end = j
        // "he respectfully and slowly said": adverbs joined by "and" go together.
        while words.count > 1, end - 1 > i, words.last == tokens[end - 1].text,
              isLyAdverb(tokens[end - 1]) || (tokens[end - 1].lowered == "and" && end - 2 > i && isLyAdverb(tokens[end - 2])) {
            words.removeLast()
            end -= 1
        }
        // "White House press secretary Josh Earnest": the name after the words that describe its person.
        // Read from the tokens, whose capitals are known: no string is walked by character.
        var named = 0
        var k = end - 1
        while k >= i, !tokens[k].isWord || tokens[k].isCapitalized {
            if tokens[k].isWord { named += 1 }
            k -= 1
        }
        if named >= 2, named < words.count, k >= i, !notDescriptors.contains(tokens[k].lowered) {
            return (tidyName(Array(words.suffix(named))), j)
        }
        guard words.count <= (abbreviated ? 6 : 5) else { return nil }
        // "U S Trade Secretary Ann Lee" is Ann Lee: the title and what stands before it go.
        return (abbreviated ? tidyName(words) : words.joined(separator: " "), j)
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
            // "Dr. Samuel Whitfield", "Robert M. Danin": a title's or an initial's full stop does not end the name.
            if j + 1 < tokens.count, tokens[j].kind == .punctuation(0x2E),
               Lexicon.titleAbbreviations.contains(tokens[j - 1].lowered) || isInitial(tokens, j - 1) && tokens[j + 1].isCapitalized {
                j += 1
            }
        }
        // "said Minister of Education Stefania Giannini": after a title and "of", the body, then the person.
        if !words.isEmpty, words.allSatisfy({ titles.contains(lowercasing: $0) }), j + 1 < tokens.count, namesBodyBefore(tokens, j + 1) {
            var k = j + 1
            var after: [String] = []
            while k < tokens.count, tokens[k].isWord, tokens[k].isCapitalized, after.count < 6 { after.append(tokens[k].text); k += 1 }
            if after.count >= 3 { return tidyName(Array(after.suffix(2))) }
        }
        // "said county engineer Paul Brandt", "said Kaufman Brothers analyst Shaw Wu": the person's name comes after
        // the words that describe them (the firm's name among them).
        if let named = nameAfterDescriptor(tokens, from: j) { return named }
        if words.isEmpty, ["the", "a", "an"].contains(tokens[i].lowered) {
            // "said the minister", "said a spokesman for the ministry"
            while j < tokens.count, tokens[j].isWord, words.count < 6 { words.append(tokens[j].text); j += 1 }
            // "a spokeswoman for the British Transport Police": a body's name is not cut at the sixth word.
            while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized, tokens[j - 1].isCapitalized, words.count < 10 {
                words.append(tokens[j].text)
                j += 1
            }
            // "said a spokesman for the Fire and Rescue squad, Brian Mitchelhill.": the person the role is, named last.
            var k = j
            while k < tokens.count, k < j + 8, tokens[k].isWord { k += 1 }
            if k + 1 < tokens.count, tokens[k].kind == .punctuation(0x2C), tokens[i + 1].isWord, roleNouns.contains(tokens[i + 1].lowered)
                || personDescriptors.contains(tokens[i + 1].lowered) {
                var n = k + 1
                var name: [String] = []
                while n < tokens.count, tokens[n].isWord, tokens[n].isCapitalized, name.count < 4 { name.append(tokens[n].text); n += 1 }
                let person = tidyName(name)
                if n == tokens.count || !tokens[n].isWord, isPersonName(person) { return person }
            }
        }
        return words.isEmpty ? nil : tidyName(words)
    }

    /// Words that end a speaker's description rather than belong to it: "said on Tuesday", "said in a statement".
    private static let notDescriptors: WordSet = [
        "on", "in", "at", "to", "that", "the", "a", "an", "and", "or", "of", "for", "by", "with", "from", "this",
        "last", "after", "before", "during", "while", "when", "as", "but", "who", "which", "it", "he", "she", "they",
    ]

    /// One to three lower-case words of description at `i`, then a name of two or more capitalised words:
    /// `volunteer Maria Ortiz`, `county engineer Paul Brandt`.
    private static func nameAfterDescriptor(_ tokens: [Token], from i: Int) -> String? {
        var j = i
        while j < tokens.count, j < i + 3, tokens[j].isWord, !tokens[j].isCapitalized, !notDescriptors.contains(tokens[j].lowered) { j += 1 }
        guard j > i else { return nil }
        var words: [String] = []
        while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized, words.count < 4 {
            words.append(tokens[j].text)
            j += 1
        }
        return words.count >= 2 ? tidyName(words) : nil
    }

    /// A name before the verb: `EVA Center founder Cherie Jimenez says`.
    private static func nameBackward(_ tokens: [Token], before v: Int) -> String? {
        var j = v - 1
        // `NAME has said: “...`: the auxiliary of a perfect tense, and an adverb, stand between name and verb.
        while j >= 1, isVerbLead(tokens[j]) { j -= 1 }
        if j >= 0, Lexicon.pronouns.contains(tokens[j].lowered) { return tokens[j].lowered }
        // `The company said: “...`, `The statement called it the “largest ...”`: an organisation's descriptor,
        // resolved later to the one the article named (`resolveDescriptor`). Not a person's ("the president said,"):
        // in a debate transcript that is mostly no source to check, and ClaimBuster's F1 fell with it.
        if j >= 1, tokens[j].isWord, descriptorNouns.contains(tokens[j].lowered) {
            var k = j - 1
            while k >= 0, k >= j - 3, tokens[k].isWord, tokens[k].lowered != "the" { k -= 1 }
            if k >= 0, tokens[k].lowered == "the" { return tokens[k...j].map(\.text).joined(separator: " ") }
        }
        // `The Home Office letter reads “...`, `Cornyn's statement added, “...`: the body or person whose document it is.
        var owner = false
        if j >= 1, tokens[j].isWord, documentNouns.contains(tokens[j].lowered), tokens[j - 1].isWord, tokens[j - 1].isCapitalized {
            j -= 1
            owner = true
        }
        var words: [String] = []
        while j >= 0, tokens[j].isWord, tokens[j].isCapitalized || isNameParticle(tokens[j].lowered) || isParticleName(tokens[j]) {
            words.insert(tokens[j].text, at: 0)
            j -= 1
        }
        while let first = words.first, isNameParticle(first.lowercased()) { words.removeFirst() }
        if words.count >= 3, namesBodyBefore(tokens, j + 1) { words = Array(words.suffix(2)) }
        // "CEO of the Refugee Council Enver Solomon told": the body's name with its "the", then the person's.
        else if words.count >= 4, j >= 2, tokens[j].lowered == "the", ["of", "for", "on"].contains(tokens[j - 1].lowered),
                tokens[j - 2].isWord, tokens[j - 2].isCapitalized || titles.contains(tokens[j - 2].lowered),
                isPersonName(tidyName(Array(words.suffix(2)))), isOrganisation(words.dropLast(2).joined(separator: " ")) {
            words = Array(words.suffix(2))
        }
        // "Senator Mitch McConnell of Kentucky called": the person, not the place they are of.
        if words.count == 1, j >= 1, tokens[j].lowered == "of", tokens[j - 1].isWord, tokens[j - 1].isCapitalized {
            var k = j - 1
            var person: [String] = []
            while k >= 0, tokens[k].isWord, tokens[k].isCapitalized, person.count < 5 { person.insert(tokens[k].text, at: 0); k -= 1 }
            let name = tidyName(person)
            if isPersonName(name) { return name }
            // "The Bank of England said": a body's name runs on through "of".
            if !person.isEmpty { return person.joined(separator: " ") + " of " + words[0] }
        }
        if owner, let last = words.last, last.endsWithPossessiveS { words[words.count - 1] = String(last.dropLast(2)) }
        // "Earlier Saturday, Yoon apologized ..., saying": a day of the week makes the run a time, and it names no one.
        if words.contains(where: { Lexicon.weekdays.contains(lowercasing: $0) }) { return nil }
        return words.isEmpty ? nil : tidyName(words)
    }

    /// Documents a body speaks through: `The Home Office letter reads`, `the Kremlin statement said`.
    private static let documentNouns: WordSet = ["letter", "statement", "memo", "filing", "notice", "release", "report", "document"]

    /// A surname joined to its particle: "al-Amr", "el-Sisi", "bin-Salman" (a capital after the hyphen).
    static func isParticleName(_ token: Token) -> Bool {
        let bytes = Array(token.text.utf8.prefix(6))
        guard let hyphen = bytes.firstIndex(of: 0x2D), hyphen >= 2, hyphen + 1 < bytes.count,
              bytes[hyphen + 1] >= 0x41, bytes[hyphen + 1] <= 0x5A else { return false }
        switch token.lowered.prefix(hyphen) {
        case "al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "bin", "ibn", "abu", "abd", "bint": return true
        default: return false
        }
    }

    /// A capitalised possessive inside the sentence ("Thomas'", "Lind's") that is no word of `person`'s name.
    static func namesAnotherOwner(_ tokens: [Token], than person: String) -> Bool {
        let names = person.spaceSeparated()
        for index in tokens.indices.dropFirst() where tokens[index].isWord && tokens[index].isCapitalized {
            let text = tokens[index].text
            var owner = Substring(text)
            if text.endsWithPossessiveS {
                owner = text.dropLast(2)
            } else if index + 1 < tokens.count, tokens[index + 1].attached, tokens[index + 1].text == "'" || tokens[index + 1].text == "’" {
                owner = Substring(text)  // "Thomas'": the mark read as its own token
            } else {
                continue
            }
            if !owner.isEmpty, !names.contains(owner) { return true }
        }
        return false
    }

    /// The capitalised run at `start` follows "Minister of", "Governor of", "Council on": it opens with the body's
    /// name ("Education Stefania Giannini", "Washington Chris Gregoire"), and its person is its last two words.
    static func namesBodyBefore(_ tokens: [Token], _ start: Int) -> Bool {
        guard start >= 2, tokens[start - 1].isWord, tokens[start - 2].isWord, tokens[start - 2].isCapitalized else { return false }
        switch tokens[start - 1].lowered { case "of", "for", "on": return true; default: return false }
    }

    /// A single capital letter attached to the full stop after it: a name's initial ("M." of "Robert M. Danin").
    private static func isInitial(_ tokens: [Token], _ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].isWord && tokens[k].text.utf8.count == 1 && tokens[k].isCapitalized && tokens[k + 1].attached
    }

    private static func isNameParticle(_ word: String) -> Bool {
        ["de", "da", "van", "von", "bin", "al", "del", "della", "der", "le", "la", "du"].contains(word)
    }

    /// "CHERIE JIMENEZ" reads as "Cherie Jimenez"; titles before the name go ("State Auditor Maria Delgado").
    static func tidyName(_ words: [String]) -> String {
        var words = words
        // An initial keeps its full stop, however the name was read: "Robert M. Danin", "C. Eugene Steuerle".
        if words.count >= 2 {
            for k in 0..<(words.count - 1) where words[k].utf8.count == 1 && words[k].utf8.first.map({ $0 >= 0x41 && $0 <= 0x5A }) == true {
                words[k] += "."
            }
        }
        while words.count > 1, titles.contains(lowercasing: words[0]) { words.removeFirst() }
        // "Union Finance Minister Nirmala Sitharaman", "Commerce Secretary Gary Locke": what stands before the title
        // describes the office.
        if words.count >= 3, let title = words.dropLast().lastIndex(where: { personTitles.contains(lowercasing: $0) }),
           words.count - title - 1 <= 3 {
            words = Array(words[(title + 1)...])
        }
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
            // "he said": the person last named, known by a full name ("Ghana announced ... he said" is nobody).
            // The last person credited, else the last named in full in any role ("skipper Wade Bassi has ...").
            guard speaker != "i", speaker != "we" else { return nil }
            // Someone the article already called "he" is not the next "she": then the last named in full who may be.
            guard let person = [context.lastPerson, context.lastNamedPerson].lazy.compactMap({ $0 })
                .first(where: { context.allows(speaker, for: context.fullName($0)) }) else { return nil }
            let full = context.fullName(person)
            return full.containsByte(0x20) ? full : nil
        }
        return context.fullName(speaker)
    }

    static func isName(_ text: String) -> Bool {
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
        let words = text.spaceSeparated()
        return !words.isEmpty && words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Whether the full stop at `j`, after an abbreviation inside a name, is kept in the name: the abbreviation has
    /// stops inside it ("U.S", "D.C"). A title's stop is not ("Mr. Marsh warns" credits Marsh), and "Toyota Motor
    /// Corp. said" reads "Toyota Motor Corp", as a name before its verb always has.
    private static func keepsAbbreviationStop(_ tokens: [Token], _ j: Int) -> Bool {
        tokens[j - 1].text.containsByte(0x2E)
    }

    /// "according to The New York Times" → "The New York Times".
    private static func accordingTo(_ tokens: [Token]) -> String? {
        guard let at = tokens.indices.first(where: { tokens[$0].lowered.utf8.count == 9 && tokens[$0].lowered == "according" && $0 + 1 < tokens.count && tokens[$0 + 1].lowered == "to" }) else {
            return nil
        }
        var j = at + 2
        var words: [String] = []
        while j < tokens.count, words.count < 12 {
            let token = tokens[j]
            // "U.S. Census Bureau": the full stops of an abbreviation stay in the name.
            if token.kind == .punctuation(0x2E), token.attached, j > 0, tokens[j - 1].isCapitalized, tokens[j - 1].text.utf8.count <= 4,
               j + 1 < tokens.count, tokens[j + 1].isCapitalized {
                words[words.count - 1] += "."
                j += 1
                continue
            }
            guard token.isWord || token.isNumber || token.kind == .dash else { break }
            // "According to the Interior Ministry over 345 pilgrims died": with no comma after the source, a figure (or a
            // word that qualifies one) after a name opens what was said. "the 2010 census" keeps its year.
            if !words.isEmpty, tokens[j - 1].isCapitalized, tokens[j - 1].isWord,
               token.isNumber || (j + 1 < tokens.count && tokens[j + 1].isNumber && figureQualifiers.contains(token.lowered)) { break }
            // "According to Rathbun the property was returned": a determiner after a name opens what was said.
            if !words.isEmpty, tokens[j - 1].isCapitalized, tokens[j - 1].isWord, !token.isCapitalized, clauseDeterminers.contains(token.lowered) { break }
            // "the Census Bureau's July 1 estimates": the owner is the source.
            if token.lowered.endsWithPossessiveS, j + 1 < tokens.count,
               tokens[j + 1].isNumber || Lexicon.months[tokens[j + 1].lowered] != nil {
                words.append(String(token.text.dropLast(2)))
                break
            }
            // "the National Center for Missing and Exploited Children": "and" inside a name goes on.
            if !words.isEmpty, phraseStops.contains(token.lowered),
               !(token.lowered == "and" && tokens[j - 1].isCapitalized && j + 1 < tokens.count && tokens[j + 1].isCapitalized) { break }
            words.append(token.text)
            j += 1
        }
        while words.count > 1, let last = words.last, ["released", "published", "show", "shows", "said", "says"].contains(last.lowercased()) {
            words.removeLast()
        }
        // "according to plan", "according to common usage": a manner, not a source.
        if words.count <= 2, let last = words.last, mannerNouns.contains(last), words.allSatisfy({ $0.first?.isLowercase == true }) {
            return nil
        }
        // "according to curator Elaine Gustafon": the person, without the role written before the name.
        if words.count >= 3, roleNouns.contains(words[0]) || relationNouns.contains(words[0]),
           isPersonName(tidyName(Array(words.dropFirst()))) {
            words.removeFirst()
        }
        // "data the U.S. Census Bureau released": what is named after a leading common noun.
        // Not a name with "of the" in it: "the Ministry of the Interior".
        if words.count > 2, !words[0].first!.isUppercase, let the = words.dropFirst().firstIndex(where: { $0 == "the" || $0 == "The" }),
           the + 1 < words.count, words[the + 1].first?.isUppercase == true, !["of", "for"].contains(words[the - 1].lowercased()) {
            words = Array(words[the...])
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The subject of a reporting verb in a sentence without quotes: "the Saudi Interior Ministry said".
    /// Returns the source and whether it looks like a person's name.
    /// Verbs inside `quotes` are the quote's own words, not the sentence's report.
    private static func reportingSource(_ tokens: [Token], outside quotes: [Range<Int>] = []) -> (String, Bool)? {
        // Only a word with one of these roles can be a verb of report (`isReportingVerb`): most sentences have none.
        guard tokens.contains(where: { !$0.roles.isDisjoint(with: [.speechVerb, .reportingParticiple, .publishingVerb]) }) else { return nil }
        // A verb that closes the sentence (", the agency said.") is the report's own; try it first.
        let verbs = tokens.indices.filter { v in isReportingVerb(tokens, v) && !quotes.contains { $0.contains(v) } }
        let ordered = verbs.filter { closesSentence(tokens, after: $0) } + verbs.filter { !closesSentence(tokens, after: $0) }
        for v in ordered {
            // "I need to say", "she wants to announce": an infinitive is what someone means to say, not a report.
            if v > 0, tokens[v - 1].lowered == "to" { continue }
            // "The film tells the story of two officers": a story told is narration, not a report.
            if v + 2 < tokens.count, ["tells", "told", "tell"].contains(tokens[v].lowered),
               ["the", "a", "his", "her", "their", "its"].contains(tokens[v + 1].lowered),
               ["story", "tale", "stories", "tales"].contains(tokens[v + 2].lowered) {
                continue
            }
            // "Mayor Ann Lee resigned, saying the fund had run dry": what the sentence's subject said.
            if reportingParticiples.contains(tokens[v].lowered) {
                if let subject = participleSubject(tokens, verb: v) { return (subject, !isOrganisation(subject)) }
                continue
            }
            // "Crime fell 12 percent, says Police Chief Ann Lee.": the credit after what was said, its verb first. A
            // name only: "said the minister" stays unread, as "the minister said" is; and not after "told" or
            // "asked", whose name is who heard it ("Lee, a spokesman, told LA Weekly that ...").
            if v >= 2, tokens[v - 1].kind == .punctuation(0x2C), invertedCreditVerbs.contains(tokens[v].lowered),
               v + 1 < tokens.count, tokens[v + 1].isCapitalized,
               !["The", "A", "An"].contains(tokens[v + 1].text), let name = nameForward(tokens, from: v + 1),
               name.first?.isUppercase == true {
                return (name, !isOrganisation(name))
            }
            var j = v - 1
            // "The airline (TSX:AC) says": a bracket between subject and verb.
            if j >= 0, tokens[j].kind == .punctuation(0x29), let open = tokens[..<j].lastIndex(where: { $0.kind == .punctuation(0x28) }), j - open <= 8 {
                j = open - 1
            }
            // "The company's chief executive, Tim Cook, said": the person named between commas after their role.
            if j >= 0, tokens[j].kind == .punctuation(0x2C), let person = nameAfterRole(tokens, comma: j) { return (person, true) }
            // "Minister Nirmala Sitharaman, on Tuesday, while presenting the budget, announced": the subject opens the sentence.
            if j >= 0, tokens[j].kind == .punctuation(0x2C), let subject = openingName(tokens, before: j) { return (subject, true) }
            // "The minister, who declined to be named, said": the subject stands before the relative clause.
            if j >= 0, tokens[j].kind == .punctuation(0x2C), let open = relativeClauseOpening(tokens, closedBy: j) { j = open - 1 }
            var words: [Token] = []
            // The word read next ends with an abbreviation's full stop, kept in the name: "the U.S. State Department".
            var stopAfterNext = false
            while j >= 0, words.count < 12 {
                // "Toyota Motor Corp. said", "the U.N. High Commissioner": an abbreviation's full stop.
                if tokens[j].kind == .punctuation(0x2E), tokens[j].attached, j > 0, tokens[j - 1].isCapitalized, tokens[j - 1].text.utf8.count <= 4 {
                    stopAfterNext = keepsAbbreviationStop(tokens, j)
                    j -= 1
                    continue
                }
                // Adverbs and a perfect tense's auxiliary between subject and verb: "Wise also stated", "the agency
                // later said", "the minister has admitted", "the ONS had warned".
                if words.isEmpty, isVerbLead(tokens[j]) { j -= 1; continue }
                // "More details can be found", "It was reported": a passive verb's subject did not say it.
                if words.isEmpty, tokens[j].isWord, passiveAuxiliaries.contains(tokens[j].lowered) { break }
                // "Mr. Nixon, who now says that ...": the person the relative clause describes says it.
                if words.isEmpty, tokens[j].lowered == "who", let name = nameBeforeComma(tokens, comma: j - 1) { return (name, true) }
                // "Netanyahu strongly warned", "the mayor repeatedly said": an adverb in "-ly" is no part of the source.
                // After a pronoun the sentence is the speaker's own ("I immediately said"): no source is read.
                if words.isEmpty, isLyAdverb(tokens[j]) {
                    guard j > 0, tokens[j - 1].isWord, !Lexicon.pronouns.contains(tokens[j - 1].lowered) else { break }
                    j -= 1
                    continue
                }
                // "Uber might have suggested": what someone might have said is no report.
                if words.isEmpty, tokens[j].isWord, isHypothetical(tokens[j].lowered), !isNamedLikeModal(tokens, j, verb: v) {
                    words.removeAll()
                    break
                }
                guard tokens[j].isWord || tokens[j].isNumber, !phraseStops.contains(tokens[j].lowered) || isNameAnd(tokens, j) else { break }
                if words.count >= 10 { break }
                var word = tokens[j]
                if stopAfterNext { word.text += "." }
                stopAfterNext = false
                words.insert(word, at: 0)
                j -= 1
            }
            guard !words.isEmpty else { continue }
            // "Separately Ann Lee said": a long adverb opening the sentence is no part of its source.
            if j < 0, words.count >= 2, isOpeningAdverb(words[0].text[...]) { words.removeFirst() }
            // "Military officers and government officials described", "Both the school district and the police have
            // said": two sources joined at the sentence's start are one credit.
            var joined = false
            if j >= 1, tokens[j].lowered == "and", let before = sourceBeforeAnd(tokens, and: j) {
                words = before + [tokens[j]] + words
                joined = true
            }
            // "A leaked letter seen by Sky News says": the outlet only saw it; the document says it.
            if let by = words.firstIndex(where: { $0.lowered == "by" }), by >= 2, intermediaryParticiples.contains(words[by - 1].lowered) {
                return (words[..<(by - 1)].map(\.text).joined(separator: " "), false)
            }
            // "a program that Senator Kennedy has suggested": a relative clause describing a thing named before it, whose
            // subject is not the sentence's source. It is when what it says is the gap's own clause: "the ice that the
            // study says is melting". ("Officials said that Kennedy has suggested" reports what was said.)
            if j >= 1, tokens[j].isWord, ["that", "which", "whom"].contains(tokens[j].lowered), tokens[j - 1].isWord,
               !tokens[j - 1].isCapitalized, !tokens[j - 1].roles.contains(.speechVerb), !isVerbLead(tokens[j - 1]),
               !(v + 1 < tokens.count && opensPredicate(tokens[v + 1].lowered)) {
                continue
            }
            // "Study co-author Brian Menounos of the University of ...": the person, not the institution.
            if let of = words.firstIndex(where: { ["of", "at", "from"].contains($0.lowered) }), of >= 2,
               words[of - 1].isCapitalized, words[of - 2].isCapitalized {
                var k = of - 1
                while k > 0, words[k - 1].isCapitalized { k -= 1 }
                let person = tidyName(words[k..<of].map(\.text))
                // "The Secretary of State said": a title is of a body, and names no person.
                let bare = person.hasPrefix("The ") ? String(person.dropFirst(4)) : person
                if !isOrganisation(person), !titles.contains(lowercasing: bare) { return (person, true) }
            }
            // "the New Patriotic Party issued a statement saying": who issued it.
            // "figures released by the Realty Board show": who released them.
            if let issued = words.firstIndex(where: { ["issued", "released", "published"].contains($0.lowered) }) {
                if issued + 1 < words.count, words[issued + 1].lowered == "by" {
                    words = Array(words[(issued + 2)...])
                } else if issued > 0 {
                    words = Array(words[..<issued])
                    // "Figures to be published today show": the figures, not "Figures to be".
                    while words.count > 1, let last = words.last, last.lowered == "to" || passiveAuxiliaries.contains(last.lowered) {
                        words.removeLast()
                    }
                }
            }
            guard !words.isEmpty else { continue }
            // "A new study documenting iodine status in Australian school children has revealed": too long to keep
            // whole ("The union representing ferry crews" is kept), the source is the noun the participle describes, not
            // the tail of its object that the last six words would leave.
            if words.count > 6, let participle = words.indices.dropFirst().first(where: { k in
                   !words[k].isCapitalized && words[k].lowered.hasSuffix("ing") && words[k].lowered != "according"
               }), words[..<participle].contains(where: { sourceNouns.contains($0.lowered) || descriptorNouns.contains($0.lowered) }) {
                words = Array(words[..<participle])
            }
            // Six words at most, but a source noun with the place it is from stays whole: "prosecutors in San
            // Francisco and Los Angeles say" (six words would leave "in San Francisco and Los Angeles").
            var keep = 6
            if words.count > 6, sourceNouns.contains(words[0].lowered), placeJoiners.contains(words[1].lowered) {
                // Longer, the place an institution stands at is no part of the source: "scientists from NOAA and
                // Scripps Institution of Oceanography at the University of California San Diego announced".
                if words.count > 8, let at = words.indices.dropFirst(3).first(where: { words[$0].lowered == "at" }), at <= 8 {
                    words = Array(words[..<at])
                }
                if words.count <= 8 { keep = words.count }
            }
            if joined { keep = words.count }
            words = Array(words.suffix(keep))
            // "A 2017 Human Rights Report by the U.S. Department of State noted": cut to six words, the source is who
            // made the report, not "by the ...".
            if words.count > 1, words[0].lowered == "by" { words.removeFirst() }
            // "As Mashable reports", "Now research shows": the word that opens the clause is not the source's.
            while words.count > 1, words[0].isCapitalized, clauseOpeners.contains(words[0].text) || discourseOpeners.contains(words[0].text) {
                words.removeFirst()
            }
            // "Governor of Washington Chris Gregoire said": the person after the body a title is of.
            if let of = words.firstIndex(where: { ["of", "for", "on"].contains($0.lowered) }), of >= 1,
               titles.contains(words[of - 1].lowered), words.count - of - 1 >= 3, words[(of + 1)...].allSatisfy(\.isCapitalized) {
                return (tidyName(words.suffix(2).map(\.text)), true)
            }
            // "Many reports suggest": "Many" is no source, and "reports" there is a noun.
            if words.count == 1, ["many", "some", "most", "several", "few", "both", "all"].contains(words[0].lowered) { continue }
            // "This suggests ...", "These show ...": a demonstrative points back to a finding, and names no source.
            if words.count == 1, ["this", "that", "these", "those"].contains(words[0].lowered) { continue }
            // "We're told": a pronoun run into its verb.
            if words.count == 1, let apostrophe = words[0].lowered.firstIndex(where: { $0 == "'" || $0 == "’" }),
               Lexicon.pronouns.contains(String(words[0].lowered[..<apostrophe])) {
                continue
            }
            // "I'm sure your friends told you", "Lee and I said": the writer's own voice names no source to check.
            if words.contains(where: { firstPersonSubjects.contains($0.lowered) }) { continue }
            if words.count == 1, Lexicon.pronouns.contains(words[0].lowered) {
                // "He said the clinic turned away...": the person last named.
                if ["he", "she"].contains(words[0].lowered) { return (words[0].lowered, true) }
                continue
            }
            let hasName = words.contains { $0.isCapitalized && !(["The", "A", "An"].contains($0.text)) }
            let hasSourceNoun = words.contains {
                sourceNouns.contains($0.lowered) || descriptorNouns.contains($0.lowered) || personDescriptors.contains($0.lowered)
            }
            // "The outlook predicts", "forecasters predict": what makes a forecast is its source.
            let forecaster = tokens[v].roles.contains(.forecastVerb) && words.contains { Lexicon.forecasters.contains($0.lowered) }
            guard hasName || hasSourceNoun || forecaster else { continue }
            // "IT major Infosys on Friday posted": the name, without the time or the words that describe it.
            while words.count > 1, let last = words.last, Lexicon.weekdays.contains(last.lowered) || ["today", "yesterday", "on"].contains(last.lowered) {
                words.removeLast()
            }
            // "Amazon founder Jeff Bezos said", "Harbour Authority spokeswoman Ada Berg said": the person after the role,
            // not the body and role before them.
            if let firstCapital = words.lastIndex(where: { !$0.isCapitalized }).map({ $0 + 1 }), firstCapital >= 2,
               words.count - firstCapital >= 2, words.count - firstCapital <= 3, roleNouns.contains(words[firstCapital - 1].lowered),
               words[..<(firstCapital - 1)].contains(where: \.isCapitalized) {
                let person = tidyName(words[firstCapital...].map(\.text))
                if isPersonName(person) { return (person, true) }
            }
            if let firstCapital = words.lastIndex(where: { !$0.isCapitalized }).map({ $0 + 1 }), firstCapital < words.count, firstCapital > 0,
               words[..<firstCapital].allSatisfy({ !$0.isCapitalized || $0.isAllCaps }) || words[firstCapital - 1].lowered == "major"
                || (["His", "Her", "Their", "Its", "Our", "My"].contains(words[0].text) && words[1..<firstCapital].allSatisfy { !$0.isCapitalized }) {
                // "His father Mohamed El-Hassan Mohamed said": the person, not the words that say how he stands to someone.
                // "the Saudi Interior Ministry" keeps its article.
                words = Array(words[(words[firstCapital - 1].lowered == "the" ? firstCapital - 1 : firstCapital)...])
            }
            let text = words.map(\.text).joined(separator: " ").joiningSpacedPoints()
            // "Mayor Dana Okafor has said": a title before a full name is a person's, though "the mayor" alone is a source
            // by its noun.
            let capitalised = words.allSatisfy { $0.isCapitalized } && words.count <= 5 && !isOrganisation(text)
            let isPerson = capitalised && (!hasSourceNoun || isTitledName(tidyName(words.map(\.text))))
            return (isPerson ? tidyName(words.map(\.text)) : text, isPerson)
        }
        return nil
    }

    private static func isPossessive(_ token: Token) -> Bool {
        token.isWord && token.lowered.endsWithPossessiveS
    }

    /// Determiners that open a clause after a source named without a comma: "According to Rathbun the ...".
    private static let clauseDeterminers: WordSet = ["the", "a", "an", "his", "her", "its", "their", "this", "these", "those"]

    /// Words that qualify a figure after them: "over 345", "nearly 40".
    private static let figureQualifiers: WordSet = ["over", "more", "about", "nearly", "almost", "around", "some", "at", "under", "roughly", "up"]

    /// Forms of "be" that make a verb after them passive: "can be found", "was reported", "is said".
    private static let passiveAuxiliaries: WordSet = ["be", "been", "being", "is", "are", "was", "were", "'s", "’s"]

    /// "I" and "we", alone or run into a verb.
    private static let firstPersonSubjects: WordSet = [
        "i", "we", "i'm", "i’m", "we're", "we’re", "i've", "i’ve", "we've", "we’ve", "i'd", "i’d", "we'd", "we’d",
    ]

    /// `ROLE, NAME, said`: "The bank's chief economist, Jane Smith, said", "Acme's CTO, Ann Lee, acknowledged", "his
    /// neighbour, Michael Price, said". The person's name fills the aside that ends at `comma`, right before the verb,
    /// and a role or a relation ends the words before it.
    private static func nameAfterRole(_ tokens: [Token], comma: Int) -> String? {
        guard comma >= 4, tokens[comma].kind == .punctuation(0x2C), let name = nameBackward(tokens, before: comma), isPersonName(name) else { return nil }
        // The name runs back to the comma that opens the aside.
        var k = comma - 1
        while k >= 0, tokens[k].kind != .punctuation(0x2C) { k -= 1 }
        guard k >= 1, comma - k - 1 <= name.spaceSeparated().count + 2 else { return nil }
        let aside = tokens[(k + 1)..<comma].filter(\.isWord).map(\.text)
        guard tidyName(aside) == name else { return nil }
        let role = tokens[k - 1]
        guard role.isWord else { return nil }
        let word = role.lowered
        let isRole = roleNouns.contains(word) || personDescriptors.contains(word) || relationNouns.contains(word)
            || (titles.contains(word) && !role.isCapitalized)
            || (role.isAllCaps && role.text.utf8.count >= 3 && role.text.utf8.count <= 4 && k >= 2 && tokens[k - 2].isWord)
        return isRole ? name : nil
    }

    /// The comma opening a relative clause or participle about the subject that the comma at `closing` ends: ", who
    /// declined to be named,", ", which runs the port,", ", published in The Lancet,". Nil when the words between
    /// hold another comma or are more than 15, or when a comma stands before the clause: in "Alverson, a commissioner
    /// on the Halibut Commission, which ..., described" the clause is about the commission, and the subject is
    /// further back.
    private static func relativeClauseOpening(_ tokens: [Token], closedBy closing: Int) -> Int? {
        var k = closing - 1
        while k >= 1, closing - k <= 16 {
            if tokens[k].kind == .punctuation(0x2C) {
                guard isAsideOpener(tokens[k + 1]), tokens[k - 1].isWord,
                      !tokens[..<k].contains(where: { $0.kind == .punctuation(0x2C) }) else { return nil }
                return k
            }
            k -= 1
        }
        return nil
    }

    /// A word that opens an aside about the noun before it: a relative pronoun (", who declined to be named,") or a
    /// past participle (", published in The Lancet,", ", led by Ada Lind,").
    private static func isAsideOpener(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        let word = token.lowered
        return word == "who" || word == "which" || (word.utf8.count > 4 && word.hasSuffix("ed"))
            || ["led", "written", "run", "known", "made", "done"].contains(word)
    }

    /// People named by how they stand to someone: "his neighbour, Michael Price, said".
    private static let relationNouns: WordSet = [
        "neighbour", "neighbor", "friend", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
        "colleague", "partner", "widow", "cousin", "uncle", "aunt", "grandmother", "grandfather", "niece", "nephew",
    ]

    /// `NAME, ... ,` opening the sentence before the verb: the capitalised run before the first comma, when the
    /// comma before the verb closes an aside.
    private static func openingName(_ tokens: [Token], before comma: Int) -> String? {
        guard let firstComma = tokens.firstIndex(where: { $0.kind == .punctuation(0x2C) }), firstComma < comma, firstComma >= 2 else { return nil }
        var k = firstComma
        var words: [String] = []
        while k > 0, tokens[k - 1].isWord, tokens[k - 1].isCapitalized { words.insert(tokens[k - 1].text, at: 0); k -= 1 }
        while let first = words.first, Lexicon.sentenceStarters.contains(first) || clauseOpeners.contains(first) { words.removeFirst() }
        guard words.count >= 2, words.count <= 7, k == 0 || !tokens[k - 1].isWord || Lexicon.titleAbbreviations.contains(tokens[k - 1].lowered) else { return nil }
        let name = tidyName(words)
        return isOrganisation(name) ? nil : name
    }

    /// The words from the sentence's start to the "and" at `and` when they name a source of their own: a plural noun
    /// or a capitalised word last, and only capitals and articles before it ("Military officers", "Both the Irving
    /// Police Department"; not "The company cut jobs"). "Both" is dropped.
    private static func sourceBeforeAnd(_ tokens: [Token], and: Int) -> [Token]? {
        var start = 0
        if tokens[0].lowered == "both" { start = 1 }
        guard and - start >= 1, and - start <= 6, let last = tokens[..<and].last, last.isWord,
              last.isCapitalized || last.lowered.utf8.last == 0x73 && !last.lowered.endsWithPossessiveS else { return nil }
        for k in start..<and where Lexicon.pronouns.contains(tokens[k].lowered) { return nil }
        for k in start..<(and - 1) {
            guard tokens[k].isWord, tokens[k].isCapitalized || ["the", "a", "an"].contains(tokens[k].lowered) else { return nil }
        }
        return Array(tokens[start..<and])
    }

    /// Participles before "by" that make the name after them a go-between: "a letter seen by Sky News".
    private static let intermediaryParticiples: WordSet = ["seen", "obtained", "reviewed", "viewed", "acquired"]

    /// Nouns after "according to" with no determiner that tell how, not who: "according to plan", "according to custom".
    private static let mannerNouns: WordSet = [
        "plan", "schedule", "custom", "usage", "tradition", "legend", "script", "design", "taste", "protocol", "form",
    ]

    /// Words after which a word in -s is a noun: determiners, possessives and prepositions.
    private static let nounMarkers: WordSet = [
        "the", "a", "an", "our", "their", "his", "her", "its", "my", "your", "these", "those", "with", "of", "in", "on",
        "for", "from", "about", "many", "some", "few", "several", "no", "any", "such", "whose", "by", "own",
    ]

    /// Prepositions that, a lower-case word after them, make the next word in -s a compound's head: "from news reports".
    private static let nounPrepositions: WordSet = ["with", "of", "in", "on", "for", "from", "about", "by", "after", "amid"]

    /// Words before a word in -s that make it a noun: "most promising states", "other reports", "member states".
    private static let nounAdjectives: WordSet = ["most", "more", "other", "member", "new", "recent"]

    /// Words after which a word in -s is a noun's subject or head: "claims over", "reports were".
    private static let nounFollowers: WordSet = [
        "over", "about", "of", "against", "between", "were", "are", "have", "had", "from", "made", "filed",
    ]

    /// Verbs that can come before the name they credit: "..., says Ann Lee", "..., wrote Lee".
    static let invertedCreditVerbs: WordSet = [
        "said", "says", "added", "adds", "wrote", "writes", "noted", "notes", "explained", "explains", "argued", "argues",
        "warned", "warns", "insisted", "insists", "recalled", "recalls", "remarked", "observed", "commented", "continued",
        "replied", "responded", "reported", "reports", "stated", "declared", "announced", "concluded", "estimated",
    ]

    /// Participles that report what the sentence's subject said, after a comma: "..., saying the fund had run dry".
    static let reportingParticiples: WordSet = [
        "saying", "adding", "stating", "noting", "warning", "arguing", "claiming", "insisting", "explaining", "writing",
    ]

    /// `Emery retweeted the story, saying, “...`, `He resigned, adding that ...`: a participle after a comma reports
    /// what the sentence's subject said, a name (or "he", "she") that opens the sentence, its verb next. Nil for any
    /// other opening ("The", "In 2019,", "Officials ..." in lower case after it): the subject is not that plain.
    static func participleSubject(_ tokens: [Token], verb v: Int) -> String? {
        guard v >= 3, reportingParticiples.contains(tokens[v].lowered), tokens[v - 1].kind == .punctuation(0x2C),
              tokens[0].isWord else { return nil }
        var j = 0
        var words: [String] = []
        if ["He", "She"].contains(tokens[0].text) {
            j = 1
        } else {
            while j < v - 1, tokens[j].isWord, tokens[j].isCapitalized, words.count < 5 {
                words.append(tokens[j].text)
                j += 1
            }
            guard let first = words.first, !opensClause(first), !Lexicon.pronouns.contains(lowercasing: first) else { return nil }
        }
        // The subject's verb follows it: "Emery retweeted", not "Emery of the agency" or "Lee and Cole".
        guard j < v - 1, tokens[j].isWord, !tokens[j].isCapitalized, !participleSubjectGoesOn.contains(tokens[j].lowered) else { return nil }
        return words.isEmpty ? tokens[0].lowered : tidyName(words)
    }

    /// Words after a capitalised run that continue the noun phrase rather than start its verb.
    private static let participleSubjectGoesOn: WordSet = [
        "of", "and", "or", "in", "for", "to", "with", "at", "from", "on", "by", "who", "which", "that", "whose", "'s", "’s",
    ]

    /// A verb of report; "added" only when what follows is what was said ("added that", "added."), not "added jobs".
    private static func isReportingVerb(_ tokens: [Token], _ v: Int) -> Bool {
        // "released a report", "issued a statement saying": the body that published it is the source.
        if tokens[v].roles.contains(.publishingVerb), v + 1 < tokens.count, opensPublication(tokens[v + 1].lowered) {
            return true
        }
        if tokens[v].roles.contains(.reportingParticiple), v >= 1, tokens[v - 1].kind == .punctuation(0x2C) { return true }
        // "the United States": a capital is a name, not the verb "states".
        guard tokens[v].roles.contains(.speechVerb), v == 0 || !tokens[v].isCapitalized else { return false }
        // "her claims", "the notes", "with reports of", "a report", "her own show": after a determiner, possessive or
        // preposition the word is a noun, not a verb of report.
        if v >= 1, tokens[v - 1].isWord, nounMarkers.contains(tokens[v - 1].lowered) { return false }
        // A word in -s followed by what goes on with a noun is a plural noun too: "Rival claims over the islands",
        // "reports were late".
        if tokens[v].lowered.utf8.last == 0x73 {
            // "China's claims": after a possessive, a noun. With a noun between ("China's sovereignty claims to the sea"),
            // only before what goes on with a noun: "the agency's chief says" is a report.
            if v >= 1, isPossessive(tokens[v - 1]) { return false }
            // "First reports suggested", "Rival claims said": a verb of report right after makes the word its subject.
            if v + 1 < tokens.count, tokens[v + 1].isWord, !tokens[v + 1].isCapitalized, tokens[v + 1].roles.contains(.speechVerb) {
                return false
            }
            // "learned of it from news reports", "in press reports": a preposition and a noun before it make the word
            // in -s the head of a compound noun ("news reports"). A subject after a preposition has a comma or a
            // determiner between ("In May, officials say", "In May the agency reports").
            if v >= 2, tokens[v - 1].isWord, !tokens[v - 1].isCapitalized, tokens[v - 2].isWord,
               nounPrepositions.contains(tokens[v - 2].lowered), !nounMarkers.contains(tokens[v - 1].lowered) {
                return false
            }
            if v >= 2, isPossessive(tokens[v - 2]), tokens[v - 1].isWord, !tokens[v - 1].isCapitalized, v + 1 < tokens.count,
               tokens[v + 1].lowered == "to" || nounFollowers.contains(tokens[v + 1].lowered) {
                return false
            }
            // "Africa's 12 most promising states", "the 50 states": after a figure or an adjective in -ing, a noun.
            if v >= 1, tokens[v - 1].isNumber || tokens[v - 1].isWord && !tokens[v - 1].isCapitalized
                && (tokens[v - 1].lowered.hasSuffix("ing") || nounAdjectives.contains(tokens[v - 1].lowered)) {
                return false
            }
            // Not before a figure: "shows about 12 percent", "reports over 12 cases" are verbs.
            if v + 1 < tokens.count, tokens[v + 1].isWord, nounFollowers.contains(tokens[v + 1].lowered),
               !(v + 2 < tokens.count && (tokens[v + 2].isNumber || tokens[v + 2].roles.contains(.quantityStart))) {
                return false
            }
        }
        // "Quebec added them", "the economy added jobs": "added" is a report only before what was said.
        // "has added 353,000 jobs", "added $3 billion": nor before a figure.
        // So is "continued": "the Sams continued to shun treatment" goes on doing, ", he continued." reports.
        // So is "declared": "Yoon declared martial law" is an act, ", he declared." and "declared that" report.
        if reportOnlyBeforeWhatWasSaid.contains(tokens[v].lowered), v + 1 < tokens.count, tokens[v + 1].lowered != "that" {
            switch tokens[v + 1].kind {
            case .punctuation(let p) where p == 0x2C || p == 0x3A || p == 0x2E: break
            case .openQuote, .straightQuote: break
            default: return false
            }
        }
        return true
    }

    /// Verbs that report only before what was said (`isReportingVerb`): "added jobs", "continued to shun", "declared
    /// martial law" are acts.
    private static let reportOnlyBeforeWhatWasSaid: WordSet = ["added", "adds", "continued", "continues", "declared"]

    /// Nothing but a time and the full stop after the verb: "..., the agency said Friday."
    private static func closesSentence(_ tokens: [Token], after v: Int) -> Bool {
        var k = v + 1
        while k < tokens.count, tokens[k].isWord, Lexicon.weekdays.contains(tokens[k].lowered) || isCreditTail(tokens[k].lowered) { k += 1 }
        return k >= tokens.count || !tokens[k].isWord && !tokens[k].isNumber && tokens[k].kind != .openQuote && tokens[k].kind != .straightQuote
    }

    // Small word lists as switches, not array literals: these run for every token, and an array literal
    // `.contains` builds and frees its array of strings on each call.

    /// A word that may stand between a source and its verb of saying: an adverb ("also said") or the auxiliary of a
    /// perfect tense ("has said", "had warned").
    private static func isVerbLead(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        // Adverbs in "-ly" are read apart (`isLyAdverb`): after a pronoun they leave the sentence without a source.
        return switch token.lowered {
        case "also", "later", "then", "previously", "further", "separately", "earlier", "now", "still", "has", "have", "had": true
        default: false
        }
    }

    /// The capitalised name that ends at the comma at `comma` ("Mr. Nixon, who", "Ada Okafor, who"): a person's,
    /// titles dropped; nil for an organisation's or none.
    private static func nameBeforeComma(_ tokens: [Token], comma: Int) -> String? {
        guard comma >= 1, tokens[comma].kind == .punctuation(0x2C) else { return nil }
        var k = comma
        var words: [String] = []
        while k > 0, tokens[k - 1].isWord && tokens[k - 1].isCapitalized || tokens[k - 1].kind == .punctuation(0x2E) && tokens[k - 1].attached {
            if tokens[k - 1].isWord { words.insert(tokens[k - 1].text, at: 0) }
            k -= 1
        }
        while let first = words.first, opensClause(first) { words.removeFirst() }
        guard !words.isEmpty, words.count <= 4 else { return nil }
        let name = tidyName(words)
        return isOrganisation(name) || Lexicon.pronouns.contains(lowercasing: name) ? nil : name
    }

    /// A lower-case adverb in "-ly" of five letters or more ("strongly", "repeatedly"), not an adjective of a source
    /// ("the daily", "a weekly").
    static func isLyAdverb(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized, token.lowered.utf8.count >= 5, token.lowered.hasSuffix("ly") else { return false }
        return !lyNouns.contains(token.lowered)
    }

    /// Words in "-ly" that are nouns or adjectives of a source, not adverbs: "the daily", "a weekly", "the family".
    private static let lyNouns: WordSet = ["daily", "weekly", "monthly", "quarterly", "yearly", "family", "assembly", "italy", "ally"]

    /// Words that point back to something or someone, never a body's name: "It said", "This shows".
    private static let pointingWords: WordSet = ["it", "this", "that", "these", "those", "you", "who", "which"]

    /// Prepositions that tie a source noun to its place: "prosecutors in San Francisco", "officials at the port".
    private static let placeJoiners: WordSet = ["in", "of", "at", "from", "for"]

    /// A name of two or more words once its titles are gone, none of them a noun that names a source or a role.
    private static func isTitledName(_ name: String) -> Bool {
        let words = name.spaceSeparated().map { $0.lowercased() }
        return words.count >= 2
            && !words.contains { sourceNouns.contains($0) || descriptorNouns.contains($0) || personDescriptors.contains($0) }
    }

    /// Words that open a sentence as a link to the one before, never part of a source's name.
    static let discourseOpeners: WordSet = ["Now", "Meanwhile", "However", "But", "And", "So", "Yet", "Still", "Also", "Then"]

    /// A capitalised word that opens a sentence or clause, not a name: "The", "Once", "Meanwhile".
    private static func opensClause(_ word: String) -> Bool {
        Lexicon.sentenceStarters.contains(word) || clauseOpeners.contains(word) || discourseOpeners.contains(word)
    }

    /// A modal of what may or might be: "might have said" reports nothing.
    private static func isHypothetical(_ word: String) -> Bool {
        switch word { case "might", "could", "would", "should", "may": true; default: false }
    }

    /// A capitalised modal before the reporting verb that is a name: "Theresa May said" (after another capitalised
    /// word), "May told reporters" (a modal is never followed by a past form). "Could" or "May" opening a question
    /// before "say" stays a modal.
    private static func isNamedLikeModal(_ tokens: [Token], _ index: Int, verb: Int) -> Bool {
        guard tokens[index].isCapitalized, !tokens[index].isAllCaps else { return false }
        if index > 0, tokens[index - 1].isWord, tokens[index - 1].isCapitalized { return true }
        guard index + 1 == verb else { return false }
        let said = tokens[verb].lowered
        return said.hasSuffix("ed") || ["said", "told", "wrote", "spoke", "thought", "felt"].contains(said)
    }

    /// An auxiliary or copula that opens a clause's predicate: "is", "will", "has".
    private static func opensPredicate(_ word: String) -> Bool {
        switch word {
        case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
             "must": true
        default: false
        }
    }

    /// Verbs that put out a publication: "released a report", "issued new figures" (the `publishingVerb` role).
    static let publishingVerbs = ["released", "issued", "published"]

    /// What follows a publishing verb when the sentence names a publication: "released a report", "issued new figures".
    private static func opensPublication(_ word: String) -> Bool {
        switch word { case "a", "the", "its", "new", "data", "figures", "an": true; default: false }
    }

    /// Lower-case words that join a capitalised name: "Bank of Canada", "Centers for Disease Control and Prevention".
    private static func isNameJoiner(_ word: String) -> Bool {
        switch word { case "of", "for", "and": true; default: false }
    }

    /// Words after a closing verb of report: "said today", "said in a statement".
    private static func isCreditTail(_ word: String) -> Bool {
        switch word { case "today", "yesterday", "on", "in", "a", "statement": true; default: false }
    }

    /// "and" inside a name: "Centers for Disease Control and Prevention", "NOAA and Scripps".
    private static func isNameAnd(_ tokens: [Token], _ j: Int) -> Bool {
        tokens[j].lowered == "and" && j > 0 && tokens[j - 1].isCapitalized && j + 1 < tokens.count && tokens[j + 1].isCapitalized
    }
}
