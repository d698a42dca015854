/// Whether a word listed as rhetoric is used as rhetoric where it stands. The list was drawn from debate
/// transcripts, where "thanks to all of you" is a greeting and "God bless America" a flourish; news writes "thanks to
/// lower costs" for a cause, "in North America" for a place, "37 million Americans" for a count, and "Great Britain"
/// for a name (`isInName`). "well" in "as well as" stays rhetoric: read as "and", it lowered ClaimBuster's F1 in two
/// stops (0.796 → 0.794, 0.802 → 0.799), where debaters close an opinion with it ("I oppose these policies as well").
enum Rhetoric {
    /// People thanked: "thanks to all of you" is a greeting, "thanks to the war" a cause.
    private static let thanked: WordSet = ["you", "all", "everyone", "everybody", "us", "god", "him", "her", "them", "our", "my"]

    /// Words that make "America" a region: "North America", "Latin America".
    private static let regions: WordSet = ["north", "south", "central", "latin"]

    static func isRhetorical(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].lowered
        let previous = index > 0 ? tokens[index - 1] : nil
        switch word {
        case "thanks":
            guard index + 2 < tokens.count, tokens[index + 1].lowered == "to" else { return true }
            return thanked.contains(tokens[index + 2].lowered)
        case "america":
            // A region, or part of a body's name ("Bank of America").
            guard let previous else { return true }
            if previous.isWord, regions.contains(previous.lowered) { return false }
            return !(previous.lowered == "of" && index >= 2 && tokens[index - 2].isCapitalized)
        case "americans":
            // Counted people: "37 million Americans", "two in five Americans", "40 percent of Americans".
            guard let previous else { return true }
            return !(previous.isNumber || NumberWords.simpleValue(previous.lowered) != nil || NumberWords.scales[previous.lowered] != nil
                || previous.lowered == "of")
        case "well":
            // An interjection opens what is said ("Well, ..."); "as well as", "well over 40" and "did well" are not.
            let opens = previous == nil || previous!.kind == .openQuote || previous!.kind == .straightQuote
            return opens && (index + 1 == tokens.count || tokens[index + 1].kind == .punctuation(0x2C))
        case "welcome":
            // A verb after a modal or "to": "it would welcome 200 refugees".
            guard let previous else { return true }
            return !verbLeads.contains(previous.lowered)
        case "no":
            // "No, no." answers; "no evidence", "no one", "no longer" deny something checkable.
            guard index + 1 < tokens.count else { return true }
            let next = tokens[index + 1]
            return !(next.isNumber || (next.isWord && next.lowered != "no"))
        default:
            return true
        }
    }

    /// Words after which "welcome" is a verb: "to welcome", "would welcome".
    private static let verbLeads: WordSet = ["to", "would", "will", "could", "can", "may", "might", "should", "did", "does", "do"]

    /// Nouns that a word of judgement modifies into a thing of record: "think tank", "hate crimes", "opinion poll".
    private static let compounds: WordTable<WordSet> = [
        "think": ["tank", "tanks"],
        "hate": ["crime", "crimes", "speech", "group", "groups", "incident", "incidents"],
        "opinion": ["poll", "polls", "survey", "surveys", "pollster", "pollsters"],
        "disaster": ["relief", "area", "areas", "zone", "zones", "declaration", "fund", "aid", "response", "recovery"],
    ]

    /// Whether the word at `index` tells what others think, not the writer: "Police believe 12 people died",
    /// "Scientists think the ice is thinning" report a belief held by those named, a matter of record.
    static func isReportedBelief(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, ["believe", "think", "feel"].contains(tokens[index].lowered), tokens[index - 1].isWord else { return false }
        let subject = tokens[index - 1].lowered
        return SourceFinder.sourceNouns.contains(subject) || Lexicon.forecasters.contains(subject)
    }

    /// Whether the word at `index` only modifies the noun after it: "the think tank said", "hate crimes rose".
    static func isCompoundNoun(_ tokens: [Token], _ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].isWord, let nouns = compounds[tokens[index].lowered] else { return false }
        return nouns.contains(tokens[index + 1].lowered)
    }

    /// The roles of words that judge, soften or look ahead instead of stating: what a name's words do not do.
    static let judging: WordRoles = [.rhetoric, .opinion, .hedge, .prediction]

    /// Words of opinion or rhetoric that English always capitalises: written so, they say nothing of a name.
    private static let alwaysCapitalised: WordSet = ["america", "americans", "god", "i"]

    /// A word of opinion, rhetoric, hedging or forecast written with a capital after another word is part of a name
    /// or a month, not a judgement: "Great Britain", "the Great Depression", "Theresa May", "in May", "actor Will
    /// Smith", "The Need for Speed". After a quote mark or a colon it may open a sentence of its own ("she said: Great
    /// news"). Opening the sentence, it is a name when it is a word of the speaker or source found: "May told
    /// reporters" credited to May. A word in capitals throughout is emphasis, not a name: "servers MUST reply", "We're
    /// OK".
    static func isInName(_ tokens: [Token], _ index: Int, sources: SourceFinding) -> Bool {
        let token = tokens[index]
        guard token.isCapitalized, !token.isAllCaps, !alwaysCapitalised.contains(token.lowered) else { return false }
        if index > 0 { return tokens[index - 1].isWord }
        // "No questions asked": an opening word of rhetoric is rhetoric, whatever was read as its source.
        guard !token.roles.contains(.rhetoric) else { return false }
        return [sources.speaker, sources.attribution].contains { $0?.spaceSeparated().contains { $0 == token.text } == true }
    }
}
