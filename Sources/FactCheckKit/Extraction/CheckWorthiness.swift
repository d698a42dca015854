extension CheckWorthinessReason {
    /// How much the reason moves the score. Transparent on purpose: an editor can see why.
    var weight: Double {
        switch self {
        case .statistic: 0.35
        case .money: 0.1
        case .namesSource: 0.15
        case .ranks: 0.15
        case .claimsRecord: 0.15
        case .dated: 0.1
        case .quote: 0.1
        case .record: 0.1
        case .recordDense: 0.2
        case .event: 0.1
        case .namesEntity: 0.1
        case .opinion: -0.2
        case .question: -0.35
        case .personal: -0.1
        case .prediction: -0.15
        case .rhetoric: -0.15
        case .fragment: -0.3
        }
    }
}

/// Scores a sentence's check-worthiness in 0...1 from the features found in it.
package enum CheckWorthiness {
    static let base = 0.25
    /// A sentence scoring at least this is check-worthy in the evaluation's F1.
    package static let checkWorthyThreshold = 0.4

    /// Each reason at most once, in `CheckWorthinessReason`'s declared (shown) order, so it is stored and shown as is.
    /// `sources` are the sentence's speaker and source as found in it: a capital opening the sentence names
    /// someone when it is part of a full name of theirs, though an opening capital alone proves nothing.
    static func reasons(
        kinds: ClaimKindSet, tokens: [Token], sentence: String, sources: SourceFinding = SourceFinding()
    ) -> [CheckWorthinessReason] {
        var reasons: [CheckWorthinessReason] = []
        reasons.reserveCapacity(8)  // a sentence seldom has more: one allocation, not one a doubling
        if kinds.contains(.quantity) { reasons.append(.statistic) }
        if kinds.contains(.money) { reasons.append(.money) }
        if kinds.contains(.attribution) { reasons.append(.namesSource) }
        if kinds.contains(.ranking) || kinds.contains(.comparison) { reasons.append(.ranks) }
        var roles: WordRoles = []
        var record = 0
        var words = 0
        var pastTense = false
        var names = 0
        // By index, not `for token in`: a copied token costs two string retains and releases.
        for index in tokens.indices where tokens[index].isWord {
            words += 1
            var tokenRoles = tokens[index].roles
            if !tokenRoles.isDisjoint(with: Rhetoric.judging) {
                if Rhetoric.isInName(tokens, index, sources: sources) || Rhetoric.isCompoundNoun(tokens, index)
                    || Rhetoric.isReportedBelief(tokens, index) {
                    tokenRoles.subtract(Rhetoric.judging)
                } else if tokenRoles.contains(.rhetoric), !Rhetoric.isRhetorical(tokens, index) {
                    tokenRoles.remove(.rhetoric)
                }
            }
            // "going to Poland", "a plan to cut jobs": motion and a noun, not intent. "going to" a verb and "plans
            // to" after its subject are.
            if tokenRoles.contains(.hedge), !isIntent(tokens, index) { tokenRoles.remove(.hedge) }
            roles.formUnion(tokenRoles)
            if tokenRoles.contains(.factual) { record += 1 }
            if tokenRoles.contains(.pastEvent), index == 0 || !notPastAfter.contains(tokens[index - 1].lowered) { pastTense = true }
            // "-ed" words of five letters or more are mostly past-tense verbs: something happened. Not after a
            // word of degree: "very crowded", "so tired" describe a state; nor words of where a thing is ("located",
            // "based"), which say where it is, not that anything happened.
            // Read through a buffer: the string's UTF-8 view would branch on its representation at every step.
            var lowered = tokens[index].lowered
            var endsInEd = false
            let count = lowered.withUTF8 { bytes in
                endsInEd = bytes.count >= 5 && bytes[bytes.count - 1] == 0x64 && bytes[bytes.count - 2] == 0x65
                return bytes.count
            }
            if endsInEd, index == 0 || !tokens[index - 1].roles.contains(.degree), !placeStates.contains(lowered) {
                pastTense = true
            }
            // A capital inside the sentence names someone or something ("Congress", "Syria"); "I" does not.
            if index > 0, tokens[index].isCapitalized, count > 1 { names += 1 }
        }
        // A record is asked for only when a word that can bound one is there ("since", "record", "history").
        if roles.contains(.recordScope), RecordClaim.isClaimed(in: tokens) { reasons.append(.claimsRecord) }
        if kinds.contains(.date) { reasons.append(.dated) }
        if kinds.contains(.quote) { reasons.append(.quote) }
        if pastTense { reasons.append(.event) }
        if names > 0 || opensWithName(tokens, sources) { reasons.append(.namesEntity) }
        // Words of record ("voted", "tax", "since") make a checkable statement even without a figure; three or more
        // count twice (`recordDense`), shown once.
        if record >= 3 { reasons.append(.recordDense) } else if record >= 1 { reasons.append(.record) }
        if roles.contains(.opinion) { reasons.append(.opinion) }
        if isQuestion(sentence) { reasons.append(.question) }
        if roles.contains(.firstPerson) { reasons.append(.personal) }
        if roles.contains(.hedge) || (roles.contains(.prediction) && isForecast(tokens)) { reasons.append(.prediction) }
        if roles.contains(.rhetoric) || roles.contains(.secondPerson) { reasons.append(.rhetoric) }
        // Figures count as words, and a figure needs fewer: "Okafor received 24.05 percent." is short but whole.
        if words + tokens.lazy.filter(\.isNumber).count < (kinds.contains(.quantity) ? 4 : 5) { reasons.append(.fragment) }
        return reasons
    }

    /// Whether a hedge word at `index` says intent: "going" only before "to" and a verb, "plan" and "plans" only as a
    /// verb before "to" (not after a determiner: "a plan to impeach him failed"). Other hedges always do.
    private static func isIntent(_ tokens: [Token], _ index: Int) -> Bool {
        switch tokens[index].lowered {
        case "going":
            guard index + 2 < tokens.count, tokens[index + 1].lowered == "to", tokens[index + 2].isWord,
                  !tokens[index + 2].isCapitalized else { return false }
            return !Lexicon.determiners.contains(tokens[index + 2].lowered)  // "going to the store"
        case "plan", "plans":
            guard index + 1 < tokens.count, tokens[index + 1].lowered == "to" else { return false }
            // "a plan to", "the government's plan to", "a new plan to": a noun.
            let before = index > 0 ? tokens[index - 1].lowered : ""
            return !Lexicon.determiners.contains(before) && before != "new" && !before.endsWithPossessiveS
        default:
            return true
        }
    }

    /// "-ed" words that tell where something is, a state and not an event: "were located in the Midwest", "is based in
    /// Ohio". A move is still an event: "relocated", "moved".
    private static let placeStates: WordSet = [
        "located", "based", "situated", "headquartered", "centered", "centred", "stationed",
    ]

    /// Words after which an irregular past form is not an event told: a speaker's own story ("I fought", "we've
    /// lost"), or the same spelling as an infinitive or after an auxiliary ("to set", "will hit", "didn't beat").
    private static let notPastAfter: WordSet = [
        "i", "we", "you", "they", "i've", "we've", "you've", "they've", "i’ve", "we’ve", "you’ve", "they’ve", "to",
        "will", "would", "can", "could", "should", "must", "may", "might", "shall", "do", "does", "did", "don't",
        "doesn't", "didn't", "don’t", "doesn’t", "didn’t", "not", "never", "cannot", "won't", "won’t",
    ]

    /// The sentence looks ahead ("will", "expects") on its own account. Not when the forecast is someone's, credited
    /// by name ("the outlook predicts 5-9 will become hurricanes", "Forecasters predict"), or one told in the past
    /// ("the Centre had projected a deficit of 6.8%"): what was forecast, and by whom, is a matter of record.
    /// Nor is "Will" before a capitalised word a verb: "Will Mitchell escaped".
    static func isForecast(_ tokens: [Token]) -> Bool {
        var modal = false
        for index in tokens.indices where tokens[index].isWord {
            let roles = tokens[index].roles
            if roles.contains(.forecastVerb), index > 0, tokens[index - 1].isWord {
                let before = tokens[index - 1]
                if ["had", "was", "were", "been", "previously", "originally", "initially"].contains(before.lowered) { return false }
                let named = before.isCapitalized && !Lexicon.pronouns.contains(before.lowered) && !Lexicon.sentenceStarters.contains(before.text)
                if named || Lexicon.forecasters.contains(before.lowered) { return false }
            }
            guard roles.contains(.prediction) else { continue }
            if tokens[index].isCapitalized, index + 1 < tokens.count, tokens[index + 1].isCapitalized { continue }
            modal = true
        }
        return modal
    }

    /// The sentence opens with a word of its speaker's or source's full name ("Menounos says ..." credited to Brian
    /// Menounos, named earlier). A name of one word is not enough: "Witnesses said" and "Photos released" are
    /// credited to their opening word too. Asked only when no other capital names anyone.
    private static func opensWithName(_ tokens: [Token], _ sources: SourceFinding) -> Bool {
        guard sources.speaker != nil || sources.attribution != nil, let first = tokens.first, first.isCapitalized,
              first.text.utf8.count > 1 else { return false }
        return isWord(first.text, ofFullName: sources.speaker) || isWord(first.text, ofFullName: sources.attribution)
    }

    /// `word` is one of the words of `name`, a name of two or more capitalised words.
    private static func isWord(_ word: String, ofFullName name: String?) -> Bool {
        guard let words = name?.spaceSeparated(), words.count >= 2 else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true } && words.contains { $0 == word }
    }

    /// Ends with a question mark, perhaps inside closing quotes or brackets.
    private static func isQuestion(_ sentence: String) -> Bool {
        for b in sentence.utf8.reversed() {
            switch b {
            case 0x3F: return true
            case 0x22, 0x27, 0x29, 0x20, 0x9D, 0x99, 0x80, 0xE2: continue  // quotes, brackets, spaces, ” ’
            default: return false
            }
        }
        return false
    }

    /// Each figure after the first adds a little: a sentence dense with numbers is more to check.
    static let extraFigureWeight = 0.08

    static func score(_ reasons: [CheckWorthinessReason], figures: Int = 0) -> Double {
        let raw = reasons.reduce(base) { $0 + $1.weight } + Double(min(3, max(0, figures - 1))) * extraFigureWeight
        // Above 0.5 the sum bends towards 1 instead of being cut at 0.99, so strong claims still sort among
        // themselves; below it the score is the plain sum, and the check-worthy cut (0.4) is untouched.
        let excess = raw - 0.5
        let bent = excess <= 0 ? raw : 0.5 + 0.49 * excess / (excess + 0.5)
        return (min(0.99, max(0.01, bent)) * 100).rounded() / 100
    }
}
