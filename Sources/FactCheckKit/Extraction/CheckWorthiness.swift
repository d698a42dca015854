/// Why a sentence is (or is not) worth checking. The raw values are what editors see.
enum CheckWorthinessReason: String, CaseIterable {
    case statistic = "has a statistic"
    case money = "involves money"
    case namesSource = "names a source"
    case ranks = "ranks or compares"
    case dated = "is dated"
    case quote = "quotes someone"
    case opinion = "is an opinion"
    case question = "is a question"
    case personal = "is personal experience"
    case prediction = "is a prediction"

    /// How much the reason moves the score. Transparent on purpose: an editor can see why.
    var weight: Double {
        switch self {
        case .statistic: 0.35
        case .money: 0.1
        case .namesSource: 0.15
        case .ranks: 0.2
        case .dated: 0.1
        case .quote: 0.15
        case .opinion: -0.2
        case .question: -0.35
        case .personal: -0.15
        case .prediction: -0.1
        }
    }
}

/// Scores a sentence's check-worthiness in 0...1 from the features found in it.
enum CheckWorthiness {
    static let base = 0.1
    /// A sentence scoring at least this is check-worthy in the evaluation's F1.
    static let checkWorthyThreshold = 0.5

    static func reasons(kinds: Set<ClaimKind>, tokens: [Token], sentence: String) -> [CheckWorthinessReason] {
        var reasons: [CheckWorthinessReason] = []
        if kinds.contains(.quantity) { reasons.append(.statistic) }
        if kinds.contains(.money) { reasons.append(.money) }
        if kinds.contains(.attribution) { reasons.append(.namesSource) }
        if kinds.contains(.ranking) || kinds.contains(.comparison) { reasons.append(.ranks) }
        if kinds.contains(.date) { reasons.append(.dated) }
        if kinds.contains(.quote) { reasons.append(.quote) }
        let words = tokens.filter(\.isWord).map(\.lowered)
        if words.contains(where: Lexicon.opinionWords.contains) { reasons.append(.opinion) }
        if sentence.hasSuffix("?") || sentence.hasSuffix("?\"") || sentence.hasSuffix("?”") { reasons.append(.question) }
        if words.contains(where: Lexicon.firstPerson.contains) { reasons.append(.personal) }
        if words.contains(where: Lexicon.predictionWords.contains) { reasons.append(.prediction) }
        return reasons
    }

    /// Each figure after the first adds a little: a sentence dense with numbers is more to check.
    static let extraFigureWeight = 0.08

    static func score(_ reasons: [CheckWorthinessReason], figures: Int = 0) -> Double {
        let raw = reasons.reduce(base) { $0 + $1.weight } + Double(min(3, max(0, figures - 1))) * extraFigureWeight
        return (min(0.99, max(0.01, raw)) * 100).rounded() / 100
    }
}
