/// A sentence that says an amount falls short of a need: "there are not enough shelters to evacuate everyone",
/// "the state doesn't have enough beds". It compares a quantity with what is needed, so it can be checked as any
/// comparison can (count the shelters, count the people), though no figure is written.
enum Sufficiency {
    /// Words that deny "enough" within the three words before it.
    private static let negations: WordSet = [
        "not", "no", "never", "hardly", "barely", "scarcely", "isn't", "aren't", "wasn't", "weren't", "don't",
        "doesn't", "didn't", "hasn't", "haven't", "hadn't", "isn’t", "aren’t", "wasn’t", "weren’t", "don’t",
        "doesn’t", "didn’t", "hasn’t", "haven’t", "hadn’t", "lack", "lacks", "lacked",
    ]

    /// Words after "enough" that are no counted thing: "enough of New Orleans", "not enough to win", "enough that",
    /// "not enough just to update it" (adverbs in "-ly" are left out by their ending).
    private static let notCounted: WordSet = [
        "of", "to", "for", "that", "and", "or", "so", "about", "in", "as", "with", "on", "at", "yet", "is", "are",
        "was", "were", "be", "the", "a", "an", "this", "it", "they", "he", "she", "we", "you", "i", "already", "now",
        "just", "even", "still", "yet", "here", "there", "then", "anymore", "either",
    ]

    /// "enough" before a counted noun, denied just before: "not enough shelters", "didn't have enough money".
    static func isShortfall(_ tokens: [Token]) -> Bool {
        // Length first: a string comparison per token is a call, a length a field read.
        for index in tokens.indices where tokens[index].end - tokens[index].start == 6 && tokens[index].lowered == "enough" {
            guard index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
                  !notCounted.contains(tokens[index + 1].lowered), !tokens[index + 1].lowered.hasSuffix("ly") else { continue }
            for before in max(0, index - 3)..<index where tokens[before].isWord && negations.contains(tokens[before].lowered) {
                return true
            }
        }
        return false
    }
}
