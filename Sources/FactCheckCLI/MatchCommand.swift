import ArgumentParser
import FactCheckKit

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Has this been checked already? Match text against stored claims and imported fact-checks.",
        discussion: """
            With TEXT, prints the closest earlier claims and imported reviews, each with its relation, score (0 to 1) \
            and why: same (the same statement and figures), changed (a figure differs: value, scale, unit or year, \
            shown from → to), or related. A claim under 8 words is never more than related. Among candidates, those \
            published close in time to TEXT (--published, or a pasted post's date) rank higher; a same or changed \
            match that was checked before is never left out for unchecked or related ones. Nothing is written.

            With --refresh, recomputes the stored matches of every claim (or of one --article's) against earlier \
            claims of other articles and every imported review, each claim dated by its article: run it after \
            'import-reviews'. Ingest stores the matches of new claims itself.
            """
    )

    @Argument(help: ArgumentHelp("The claim to look for.", valueName: "text"))
    var text: String?

    @Flag(help: "Recompute and store the matches of stored claims instead.")
    var refresh = false

    @Option(help: ArgumentHelp("With --refresh: only this article's claims.", valueName: "id"))
    var article: ArticleIDArgument?

    @Option(help: ArgumentHelp(
        "When TEXT was published or said, YYYY-MM-DD: fact-checks and claims from close in time rank first (default: the date of a pasted post's signature line, if any).",
        valueName: "date"
    ))
    var published: String?

    @Option(help: ArgumentHelp("Show at most this many matches.", valueName: "n"))
    var limit: Int = 5

    @Option(help: "Output format: text or json.")
    var format: DetailFormat = .text

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if refresh, text != nil { throw ValidationError("give TEXT or --refresh, not both") }
        if !refresh, text == nil { throw ValidationError("give the TEXT to match, or --refresh") }
        if article != nil, !refresh { throw ValidationError("--article goes with --refresh") }
        if published != nil, refresh { throw ValidationError("--published goes with TEXT; --refresh dates each claim by its article") }
        if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("TEXT is empty; give the claim to match") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try database.open()
        let matcher = ClaimMatcher(store: store)
        if let text {
            let matches = try matcher.matches(for: text, published: try published.map(InputValidation.date), limit: limit)
            switch format {
            case .text: Console.out(MatchList.table(matches, width: Console.width).trimmingTrailingNewline())
            case .json: Console.out(try MatchList.json(matches).trimmingTrailingNewline())
            }
            return
        }
        if let article { _ = try store.article(article.id) }
        let ids = try store.claimIDs(article: article?.id)
        let summary = try ClaimTracking.refresh(ids, in: store, using: matcher)
        Console.out("\(ids.count) claim\(ids.count == 1 ? "" : "s") matched: \(summary.checkedBefore) checked before, "
            + "\(summary.changed) with a figure changed")
    }
}
