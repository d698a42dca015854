/// Word lists the extractor leans on. Lower-case unless said otherwise.
enum Lexicon {
    /// Abbreviations that never end a sentence before a capitalised word ("Mr. Smith").
    static let titleAbbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "st", "rev", "hon", "pres", "supt", "det", "insp", "mt", "ft", "no", "nos", "vs", "v", "jan", "feb", "aug",
        "sept", "sep", "oct", "nov", "dec", "approx", "rs", "fig", "vol", "ave", "blvd", "dept", "univ", "messrs", "mme",
    ]

    /// Abbreviations that may end a sentence: split only before a usual sentence opener.
    static let endingAbbreviations: WordSet = ["inc", "corp", "co", "ltd", "llc", "jr", "sr", "etc", "bros", "plc"]

    /// Words that usually open a sentence, used to decide whether "U.S." ends one.
    static let sentenceStarters: WordSet = [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "In", "But", "This", "That", "These", "Those", "There",
        "His", "Her", "Its", "Their", "Our", "On", "At", "For", "As", "After", "When", "While", "If", "According",
        "Meanwhile", "However", "Some", "Many", "Most", "One", "Two", "Both", "Last", "Now", "Since", "Until", "By",
        "With", "Officials", "What", "Why", "How", "Who", "Where", "Yet", "And", "So", "Still", "Also", "Another",
    ]

    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// Whether the capitalised "May" at `index` is the month, not the modal or a name ("Theresa May"): before a
    /// day or year ("May 5", "May 2019"), after a day ("2 May"), after a word that leads a month ("in May", "since
    /// May", "late May"), or after another month and "and", "or", "to" ("between March and May").
    static func isMonthMay(_ tokens: [Token], _ index: Int) -> Bool {
        if index + 1 < tokens.count, tokens[index + 1].isNumber { return true }
        guard index > 0 else { return false }
        let before = tokens[index - 1]
        if before.isNumber, let day = before.numericValue, day >= 1, day <= 31, day == day.rounded() { return true }
        guard before.isWord else { return false }
        if monthLeads.contains(before.lowered) { return true }
        guard index >= 2, ["and", "or", "to", "through"].contains(before.lowered) else { return false }
        return tokens[index - 2].isCapitalized && months[tokens[index - 2].lowered] != nil
    }

    /// Words after which a capitalised "May" is the month: "in May", "until May", "early May". Not "by", "from",
    /// "after" or "before": "a speech by May", "after May resigned".
    private static let monthLeads: WordSet = [
        "in", "on", "since", "until", "till", "through", "throughout", "during", "last", "next", "this", "early", "late",
        "mid", "mid-",
    ]

    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Relative time words that anchor a claim in time after "last" or "this" ("last week").
    static let timeUnits: WordSet = ["week", "month", "year", "decade", "century", "spring", "summer", "fall", "autumn", "winter", "quarter"]

    static let superlatives: WordSet = [
        "largest", "biggest", "smallest", "highest", "lowest", "best", "worst", "fastest", "slowest", "oldest",
        "youngest", "richest", "poorest", "deadliest", "longest", "shortest", "greatest", "strongest", "weakest",
        "busiest", "safest", "cheapest", "wealthiest", "costliest", "heaviest", "tallest", "hottest", "coldest",
        "warmest", "driest", "wettest", "most", "least", "fewest", "top", "leading", "first-ever", "record",
        "steepest", "sharpest", "worst-ever", "lowest-ever", "highest-ever", "most-watched", "best-selling",
        "fastest-growing", "bloodiest", "priciest", "dearest", "newest", "latest-ever", "closest", "furthest", "farthest",
    ]

    /// Words ending in "-est" that are not superlatives.
    static let notSuperlatives: WordSet = [
        "interest", "suggest", "test", "west", "protest", "rest", "forest", "honest", "modest", "request", "guest",
        "chest", "contest", "arrest", "harvest", "invest", "digest", "earnest", "pest", "nest", "vest", "quest",
        "manifest", "latest", "best", "attest", "detest", "crest", "midwest", "northwest", "southwest", "unrest",
        "conquest", "inquest", "bequest", "lest", "jest", "zest", "arrest", "priest", "behest", "interest", "dishonest",
        "congest", "ingest", "infest", "divest", "wrest", "tempest", "everest", "budapest", "bucharest", "suggest",
        "manifest", "est",
    ]

    /// Words of change and comparison.
    static let comparisonWords: WordSet = [
        "than", "compared", "versus", "rose", "risen", "rise", "rises", "fell", "fallen", "falls", "increased",
        "increase", "increases", "decreased", "decrease", "decreases", "doubled", "tripled", "quadrupled", "halved",
        "grew", "grown", "dropped", "declined", "decline", "surged", "jumped", "plunged", "soared", "climbed",
        "tumbled", "slumped", "shrank", "outnumber", "outnumbered", "exceeded", "exceeds", "twice", "triple", "double",
    ]

    /// Verbs of a figure moved by someone's hand: beside a figure they compare its old and new values as
    /// "increased" does ("revised to 6.9%"); alone they do not ("raised concerns").
    static let figureMoveWords: WordSet = [
        "revised", "reduced", "lowered", "raised", "slashed", "trimmed", "widened", "narrowed",
    ]

    /// Base and present forms of verbs of change: beside a figure they compare as "climbed" does ("the yield will
    /// climb to 4.2 percent"); alone they are mostly something else ("surge pricing", "grow up", "jump for joy").
    static let figureChangeWords: WordSet = [
        "climb", "climbs", "grow", "grows", "drops", "declines", "surge", "surges", "jump", "jumps", "plunge",
        "plunges", "soar", "soars", "shrink", "shrinks", "shrunk", "decreasing", "increasing", "declining",
    ]

    /// Verbs that report speech or a finding.
    static let speechVerbs: WordSet = [
        "said", "says", "told", "tells", "added", "adds", "stated", "states", "explained", "noted", "wrote", "writes",
        "asked", "argued", "claimed", "claims", "warned", "insisted", "reported", "reports", "announced", "estimated",
        "estimates", "found", "finds", "concluded", "testified", "confirmed", "acknowledged", "admitted", "declared",
        "recalled", "replied", "responded", "continued", "remarked", "observed", "commented", "tweeted", "posted",
        "shows", "showed", "suggests", "suggested", "predicted", "predicts", "say", "predict", "show", "describes", "described",
        "warns", "argues", "insists", "notes", "explains", "admits", "acknowledges", "confirms", "announces", "concludes",
        "recalls", "replies", "responds", "revealed", "reveals", "disclosed", "discloses", "divulged",
        "contended", "contends", "asserted", "asserts", "alleged", "alleges", "stressed", "stresses",
        "emphasized", "emphasised", "emphasizes", "emphasises", "cautioned", "cautions",
    ]

    /// Verbs that introduce a direct quote, used to find its speaker.
    static let quoteVerbs: WordSet = [
        "said", "says", "told", "tells", "added", "adds", "stated", "explained", "noted", "wrote", "writes", "asked",
        "argued", "claimed", "warned", "insisted", "declared", "recalled", "replied", "responded", "continued",
        "remarked", "observed", "commented", "tweeted", "posted", "exclaimed", "shouted", "whispered", "admitted",
        "acknowledged", "testified", "announced", "according",
    ]

    static let pronouns: WordSet = ["he", "she", "they", "i", "we"]

    /// Articles, demonstratives and possessive determiners: what opens a noun phrase ("the plan", "their plan").
    static let determiners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"]

    /// Plural-looking words that are not counted things ("97 is", "12 has").
    static let notCountNouns: WordSet = [
        "is", "was", "has", "does", "his", "this", "its", "us", "as", "yes", "thus", "plus", "less", "unless",
        "always", "perhaps", "across", "besides", "towards", "afterwards", "percent", "per", "times", "news", "series", "whereas", "nevertheless",
        "sometimes", "its", "ours", "yours", "theirs", "hers", "chaos", "gas", "bus", "bias", "status", "campus",
        "census", "consensus", "focus", "bonus", "virus", "crisis", "basis", "analysis", "thesis", "emphasis",
        // Vague amounts, never the thing a figure counts: "hundreds of thousands of people ... 240,000".
        "hundreds", "dozens", "scores", "tens",
    ]

    /// Irregular plural nouns counted in news ("1,204 people").
    static let irregularPlurals: WordSet = [
        "people", "children", "men", "women", "police", "staff", "cattle", "personnel", "feet", "teeth", "mice",
        "geese", "sheep", "deer", "fish", "aircraft", "troops", "species", "genera",
    ]

    /// A plural without an "-s": one of `irregularPlurals`, or a compound ending in one ("schoolchildren",
    /// "townspeople", "businesswomen", "gunmen", "policemen"). Not a singular in "-men": "specimen", "abdomen", "stamen".
    static func isIrregularPlural(_ word: String) -> Bool {
        if irregularPlurals.contains(word) { return true }
        guard word.utf8.count > 5, word.utf8.last == 0x6E || word.utf8.last == 0x65 else { return false }  // "n", "e"
        if word.hasSuffix("children") || word.hasSuffix("people") || word.hasSuffix("women") { return true }
        guard word.hasSuffix("men") else { return false }
        return !(word.hasSuffix("imen") || word.hasSuffix("amen") || word.hasSuffix("omen") || word.hasSuffix("umen") || word.hasSuffix("ymen"))
    }

    /// Words that change what a number claims.
    static let qualifiers: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
        ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["close", "to"], ["an", "estimated"],
        ["upwards", "of"], ["in", "excess", "of"], ["no", "more", "than"], ["almost"], ["nearly"], ["about"],
        ["around"], ["approximately"], ["roughly"], ["some"], ["over"], ["under"], ["just", "over"], ["just", "under"],
        ["well", "over"], ["below"], ["above"], ["exactly"], ["only"], ["estimated"],
    ]

    /// Words that mark an opinion, a prediction or personal experience rather than a checkable fact.
    static let opinionWords: WordSet = [
        "think", "believe", "feel", "hope", "should", "must", "ought", "wish", "love", "hate", "terrible", "wonderful",
        "great", "awful", "amazing", "shameful", "disgrace", "outrageous", "beautiful", "fantastic", "horrible",
        "opinion", "seems", "seem", "perhaps", "probably", "maybe", "damning", "appalled", "appalling", "disappointing",
        "distressing", "misguided", "affront", "ridiculous", "absurd", "unacceptable", "disgraceful", "deplorable",
        "reckless", "irresponsible",
    ]

    /// Future tense and forecasts. Not "would" or "could": news uses them for reported and past events.
    static let predictionWords: WordSet = ["will", "won't", "won’t", "expects", "forecast", "forecasts", "predicts", "projected"]

    static let firstPerson: WordSet = ["i", "me", "my", "mine", "myself", "i'm", "i’m", "i've", "i’ve"]
}

extension Lexicon {
    /// Hedges and future intent: "we're going to", "maybe", "hopefully". They soften a claim into a plan or a guess.
    static let hedgeWords: WordSet = [
        "going", "gonna", "want", "wants", "need", "needs", "let", "let's", "hopefully", "possibly", "might", "may",
        "could", "would", "plan", "plans", "promise", "promised", "intend", "tomorrow", "someday",
    ]

    /// Greetings, thanks and rhetoric with nothing to check: "thank you", "folks", "believe me".
    static let rhetoricWords: WordSet = [
        "thank", "thanks", "hello", "welcome", "goodnight", "congratulations", "folks", "applause", "laughter",
        "crosstalk", "okay", "ok", "yes", "no", "well", "oh", "wow", "please", "sorry", "honestly", "frankly",
        "incredible", "tremendous", "disaster", "believe", "america", "americans", "god", "bless", "proud", "great",
    ]

    /// Words that bound a superlative in time, so it claims a record: "the highest since 2008", "the largest in its
    /// history", "the warmest year on record", "an all-time low", "the first-ever". "record" is read in its context
    /// (`RecordClaim`): "on record" bounds a superlative, "a record 3 million" is a record itself.
    static let recordScopes: WordSet = ["since", "ever", "history", "histories", "recorded", "records", "record", "all-time"]

    /// Words of degree, after which an "-ed" word describes a state: "very crowded", "too complicated".
    static let degreeWords: WordSet = [
        "very", "so", "too", "quite", "really", "extremely", "rather", "fairly", "pretty", "deeply", "utterly",
        "totally", "completely", "incredibly", "somewhat",
    ]

    /// Words of record: actions, institutions and measures a fact-checker can look up.
    static let factualWords: WordSet = [
        "voted", "vote", "votes", "passed", "signed", "vetoed", "enacted", "cut", "cuts", "raised", "lowered",
        "created", "lost", "spent", "spending", "tax", "taxes", "deficit", "debt", "budget", "jobs", "unemployment",
        "law", "laws", "bill", "legislation", "percent", "million", "billion", "trillion", "thousand", "hundreds",
        "thousands", "millions", "billions", "since", "ago", "was", "were", "has", "had", "been", "did", "ranked",
        "record", "increase", "increased", "decrease", "decreased", "rate", "rates", "income", "wages", "poverty",
        "crime", "murders", "deaths", "died", "killed", "insurance", "coverage", "medicare", "medicaid", "social",
        "security", "program", "plan", "oil", "energy", "emissions", "troops", "war", "military", "nuclear", "sanctions",
        "treaty", "country", "countries", "economy", "growth", "gdp", "prices", "cost", "costs", "paid", "pays",
        "report", "study", "data", "according", "senate", "congress", "administration", "government", "federal",
        "state", "states", "supported", "opposed", "proposed", "approved", "built", "closed", "added", "funding",
        "percentage", "average", "number", "half", "twice", "highest", "lowest", "largest", "first", "only", "every",
        "per", "year", "years", "dollars", "companies", "workers", "families", "students", "people", "americans",
    ]

    static let secondPerson: WordSet = ["you", "your", "you're", "you’re", "yourself"]

    /// Irregular past-tense verbs that report an event: a record set, a vote won, a figure that rose or fell. Left
    /// out: light verbs of talk ("got", "made", "took", "came", "knew"), which speeches use for anything; forms as
    /// often present or a noun ("put", "let", "read", "cost"); and those with a role of their own ("said", "found").
    static let irregularPast: WordSet = [
        "set", "won", "broke", "hit", "rose", "fell", "grew", "lost", "fled", "paid", "spent", "sold", "bought",
        "built", "struck", "shot", "sank", "beat", "withdrew", "overtook", "shrank", "swept", "underwent", "upheld",
        "overthrew", "fought", "froze", "stole", "slid", "sped", "dealt", "rebuilt", "undertook", "oversaw",
    ]

    /// Verbs of forecasting, in every tense: "Forecasters predict ...", "The Centre had projected ...".
    static let forecastVerbs: WordSet = [
        "predict", "predicts", "predicted", "forecast", "forecasts", "forecasted", "expect", "expects", "expected",
        "project", "projects", "projected", "anticipate", "anticipates", "anticipated",
    ]

    /// Who makes a forecast besides a named person or body: "the outlook predicts", "analysts expect".
    static let forecasters: WordSet = [
        "outlook", "forecasters", "forecast", "analysts", "economists", "model", "models", "projections", "projection",
        "report", "study", "survey", "agency", "government", "bank", "ministry", "department", "office", "company",
        "researchers", "scientists", "experts", "officials", "budget", "estimate", "estimates", "board", "commission",
        "authority", "council", "institute", "service", "administration", "fund", "firm", "group",
    ]
}
