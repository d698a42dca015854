extension SourceFinder {
    /// Descriptors that stand for an organisation the article named, when a sentence opens with them ("The company
    /// posted ..."). Narrower than `descriptorNouns`: "the government" or "the council" may be another one.
    static let subjectDescriptors: WordSet = [
        "company", "firm", "airline", "carmaker", "automaker", "conglomerate", "retailer", "supermarket", "lender",
        "insurer", "bank", "agency", "statement", "manufacturer", "maker", "chain", "operator", "producer",
        "utility", "giant", "watchdog", "regulator", "bureau",
    ]

    /// Who a sentence is about when it opens with a pronoun or a descriptor, as the article named them: "She
    /// received 49.12 percent" is about the candidate named before; "The company posted" about the company.
    /// Nil when the sentence names its subject itself, or when the article gives no one to resolve it to.
    /// Called before the sentence's own names are remembered: "She" is someone named before it.
    static func subject(of tokens: [Token], startsInsideQuote: Bool, context: inout SourceContext) -> String? {
        // Inside a quote "he" is whoever the speaker means: not for the finder to say.
        guard !startsInsideQuote, !tokens.isEmpty, tokens[0].isWord else { return nil }
        if let at = openingPronoun(tokens) {
            let pronoun = tokens[at].lowered
            // The person named last, whatever their role: a speaker, a source or the subject of a sentence.
            guard let person = (context.lastNamedPerson ?? context.lastPerson).map(context.fullName), isPersonName(person) else { return nil }
            // Someone the article already called "he" is not the next "she" (known by surname: "Dr. Novak").
            guard context.allows(pronoun, for: person) else { return nil }
            context.pronouns[String(person.spaceSeparated().last ?? "")] = pronoun
            return person
        }
        switch tokens[0].text {
        case "The":
            // "The company", "The German conglomerate": a descriptor within three words, then a verb.
            var j = 1
            while j < min(tokens.count, 4), tokens[j].isWord {
                if subjectDescriptors.contains(tokens[j].text) {
                    guard j + 1 < tokens.count, tokens[j + 1].isWord, !tokens[j + 1].isCapitalized,
                          !notVerbsAfterSubject.contains(tokens[j + 1].lowered) else { return nil }
                    return context.lastOrganisation
                }
                j += 1
            }
            return nil
        case "It":
            // "It now expects ...", "It said ...", "It posted ...": the organisation named last, as for "The company".
            let reportsResults = verb(after: 0, in: tokens).map { businessVerbs.contains(tokens[$0].lowered) } ?? false
            return organisationPronounReports(tokens) || reportsResults ? context.recentOrganisation : nil
        default:
            return nil
        }
    }

    /// Where "he" or "she" opens the sentence, perhaps after a word that links it to the one before ("However, he
    /// defended ...", "But she said ..."): the person meant is the one the article named last.
    static func openingPronoun(_ tokens: [Token]) -> Int? {
        guard !tokens.isEmpty, tokens[0].isWord else { return nil }
        if tokens[0].text == "He" || tokens[0].text == "She" { return 0 }
        guard linkingOpeners.contains(tokens[0].text) else { return nil }
        let next = tokens.count > 1 && tokens[1].kind == .punctuation(0x2C) ? 2 : 1
        guard next < tokens.count, tokens[next].text == "he" || tokens[next].text == "she" else { return nil }
        return next
    }

    /// Words that open a sentence by linking it to the one before, leaving its subject after them. Not all of
    /// `discourseOpeners`: after "So", "Now" or "Then" a pronoun is as often someone new.
    private static let linkingOpeners: WordSet = [
        "But", "And", "However", "Still", "Yet", "Meanwhile", "Instead", "Later", "Also",
        "Nevertheless", "Nonetheless", "Moreover", "Separately", "Earlier",
    ]

    /// Verbs of a company's results: "It posted a 58 per cent jump", "It logged a loss".
    private static let businessVerbs: WordSet = [
        "posted", "posts", "reported", "logged", "logs", "earned", "earns", "lost", "raised", "cut", "booked", "made",
        "sold", "shipped", "hired", "recorded", "swung", "returned",
    ]

    /// Words that go on with the noun phrase rather than start its verb: "The company whose ...", "The bank of".
    private static let notVerbsAfterSubject: WordSet = ["whose", "who", "that", "which", "of", "in", "for", "with", "and", "or", "to"]

    /// Two or three capitalised words that name a person: "Ada Okafor", not "It's Warhol", "New Orleans" or "NBA Finals".
    static func isPersonName(_ name: String) -> Bool {
        let words = name.spaceSeparated()
        guard words.count >= 2, words.count <= 3, !name.containsByte(0x27), !ByteSearch.contains(name, "’"),
              !Lexicon.sentenceStarters.contains(String(words[0])), isName(name), !isOrganisation(name) else { return false }
        // "New Orleans", "Supreme Court", "NBA Finals": places, bodies and capitals, not people.
        return !words.contains { nonPersonWords.contains(lowercasing: $0) || ($0.count > 1 && $0.allSatisfy(\.isUppercase)) }
    }

    /// "Accordingly Turkey, Nippers and Ginger Nut sat down": a long word in "-ly" opening a sentence is an adverb
    /// run into the name after it ("Kelly", "Emily" are too short to be taken so; "Donnelly" opens no run of names).
    static func isOpeningAdverb(_ word: Substring) -> Bool {
        word.utf8.count >= 9 && word.hasSuffix("ly") && word.dropFirst().allSatisfy(\.isLowercase)
    }

    /// Remembers who a sentence names, for a later "She": the first full name it holds (found by `noteNames`, so
    /// no second pass over the tokens), then its speaker or source, which counts as named later. The last few are kept.
    static func noteNamedPerson(finding: SourceFinding, context: inout SourceContext) {
        if var named = context.sentenceName {
            // "For Kevin Allton, ...": the run took the sentence's opening word along.
            if let space = named.firstSpace, Lexicon.sentenceStarters.contains(String(named[..<space]))
                || clauseOpeners.contains(String(named[..<space])) || isOpeningAdverb(named[..<space]) {
                named = String(named[named.index(after: space)...])
            }
            context.noteCandidate(named)
        }
        if let credited = finding.speaker ?? finding.attribution { context.noteCandidate(credited) }
    }
}
