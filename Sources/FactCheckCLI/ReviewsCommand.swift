import ArgumentParser
import FactCheckKit

struct ReviewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviews",
        abstract: "List imported fact-checks, newest import first, or search them.",
        discussion: "--search finds reviews whose claim or headline has all the words (any form: 'homicides' finds 'homicide')."
    )

    @Option(help: ArgumentHelp("Only reviews whose claim or headline has all these words.", valueName: "text"))
    var search: String?

    @Option(help: ArgumentHelp("Show at most this many reviews (default 50 in the table).", valueName: "n"))
    var limit: Int?

    @Option(help: "Output format: table or json.")
    var format: DetailFormat = .text

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if let search, SearchQuery.fts5(search) == nil { throw ValidationError("--search needs at least one word") }
    }

    func run() throws {
        let store = try database.open()
        switch format {
        case .text:
            Console.out(ReviewList.table(try store.reviews(search: search, limit: limit ?? 50), width: Console.width).trimmingTrailingNewline())
        case .json:
            Console.out(try ReviewList.json(try store.reviews(search: search, limit: limit)).trimmingTrailingNewline())
        }
    }
}
