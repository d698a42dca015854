/// Whether a word listed as rhetoric is used as rhetoric where it stands. The list was drawn from debate
/// transcripts, where "thanks to all of you" is a greeting; news writes "thanks to lower costs" for a cause.
/// Only "thanks" is read in its place: "well" before a word ("as well as") and "America" in a region's name were
/// tried too, and lowered ClaimBuster's F1 (0.796 → 0.794), where debaters use them for rhetoric whatever follows.
enum Rhetoric {
    /// People thanked: "thanks to all of you" is a greeting, "thanks to the war" a cause.
    private static let thanked: WordSet = ["you", "all", "everyone", "everybody", "us", "god", "him", "her", "them", "our", "my"]

    static func isRhetorical(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].lowered == "thanks", index + 2 < tokens.count, tokens[index + 1].lowered == "to" else { return true }
        return thanked.contains(tokens[index + 2].lowered)
    }
}
