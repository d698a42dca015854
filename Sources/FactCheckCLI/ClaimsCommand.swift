import ArgumentParser
import FactCheckKit

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List claims: the editor's worklist, most check-worthy first.",
        discussion: """
            Filters combine: every one given must match. --status and --kind may be repeated: a claim with any of the \
            statuses given, holding every kind given (--kind money --kind date: money claims that are dated). \
            The table shows the first 50 matches unless --limit says otherwise; json and csv print every match.
            """
    )

    @Option(help: ArgumentHelp("Only claims with this status (repeatable: any of them).", valueName: "status"))
    var status: [ClaimStatus] = []

    @Option(help: ArgumentHelp("Only claims from this article.", valueName: "id"))
    var article: ArticleIDArgument?

    @Option(help: ArgumentHelp("Only claims of this kind (repeatable: all of them).", valueName: "kind"))
    var kind: [ClaimKind] = []

    @Option(help: ArgumentHelp("Only claims whose text has all these words (full-text search).", valueName: "text"))
    var search: String?

    @Option(help: ArgumentHelp("Only claims scoring at least this (0 to 1).", valueName: "score"))
    var minScore: Double?

    @Option(help: ArgumentHelp("Only claims assigned to this editor.", valueName: "name"))
    var assignee: String?

    @Flag(help: "Only claims with a figure that differs from a checked claim or a published fact-check.")
    var changed = false

    @Flag(help: "Only claims already checked: the same statement as a claim with a verdict or a published fact-check.")
    var checkedBefore = false

    @Option(help: ArgumentHelp("Only claims whose verdict's review is this: pending, approved, rejected or not-required (repeatable).", valueName: "review"))
    var review: [ReviewState] = []

    @Option(help: "Order: score (most check-worthy first), article (reading order) or recent (last changed first).")
    var sort: ClaimSort = .score

    @Option(help: ArgumentHelp("Show at most this many claims.", valueName: "n"))
    var limit: Int?

    @Option(help: "Output format: table, json or csv.")
    var format: ListFormat = .table

    @OptionGroup var database: DatabaseOptions

    static let defaultTableLimit = 50
    /// The table footer counts matches exactly up to this many, then says "more than".
    static let footerCountCap = 10_000

    func validate() throws {
        if changed, checkedBefore { throw ValidationError("give --changed or --checked-before, not both (changed claims are checked before too)") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
        if let search, SearchQuery.fts5(search) == nil { throw ValidationError("--search needs at least one word") }
    }

    func run() throws {
        let assignee = try assignee.map { name throws(InputError) in try EditorName.normalized(name, source: "--assignee") }
        let store = try database.open()
        // An unknown article is an error here as in 'report --article', not an empty list.
        if let article { _ = try store.article(article.id) }
        var filter = ClaimFilter(
            statuses: status, articleID: article?.id, kinds: kind, search: search, minScore: minScore,
            assignee: assignee, reviews: review, matched: changed ? .changed : checkedBefore ? .checkedBefore : nil, sort: sort,
            limit: limit
        )
        switch format {
        case .table:
            if filter.limit == nil { filter.limit = Self.defaultTableLimit }
            let claims = try store.claims(filter)
            // Counted up to a cap: an exact count of a million-claim worklist would cost more than the page itself.
            let total = claims.count < filter.limit! ? claims.count : try store.countClaims(filter, cap: Self.footerCountCap)
            var out = StandardOutputStream()
            out.write(ClaimList.table(
                claims, width: Console.width, total: min(total, Self.footerCountCap), totalIsAtLeast: total > Self.footerCountCap,
                seeOthers: "use --limit or filters to see others", colour: Console.colour
            ))
            out.flush()
        case .json:
            var out = StandardOutputStream()
            out.write(try ClaimList.json(try store.claims(filter)))
            out.flush()
        case .csv:
            var out = StandardOutputStream()
            out.write(CSV.document(header: ClaimList.csvHeader))
            try store.forEachClaim(filter) { out.write(ClaimList.csvRow($0)) }
            out.flush()
        }
    }
}
