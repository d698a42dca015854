import ArgumentParser
import FactCheckKit
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Pull the check-worthy claims out of articles and store them.",
        discussion: """
            PATH is an article file, a folder (searched recursively for .txt, .md, .html and .htm files) or - for \
            standard input. A saved web page (.html, .htm, or text that opens with <!doctype html or <html; --type html \
            forces it) is read for its article text, without navigation, teasers, banners or comments, and for the \
            headline, byline, date, publication and canonical address the publisher declared (JSON-LD, OpenGraph, \
            <meta>, <time>), falling back to the page itself. An http(s) address is fetched (up to 5 redirects, \
            --timeout seconds without an answer, at most --max-bytes, text/html or text/plain only) and stored under \
            the address it was finally served from; --from-list FILE reads addresses or paths one a line.

            Plain-text articles may open with the publication, headline, a "By NAME" byline and a date, each on a \
            line of its own, with or without blank lines between; Markdown articles may open with front matter \
            (title, publication, author, url, published). Headings, bylines, datelines, captions and other page \
            furniture in the body are never claims. A bare "$" is the US dollar unless --currency or a dateline \
            (TORONTO —, SYDNEY —) says otherwise.

            Each article is stored whole or not at all; many are committed 200 at a time, and each line is printed \
            once its article is committed. An article whose text is already stored is skipped. Prints one line per \
            article: its id, title and number of claims; with --format json, one JSON object per line instead \
            (source, id, title, claims, outcome, warnings, and error when it failed).

            New claims are matched against earlier claims of other articles and imported reviews, and the line says \
            how many were checked before; --no-match leaves that to 'factcheck match --refresh', for loading an \
            archive in bulk.
            """
    )

    @Argument(help: ArgumentHelp(
        "Article files, folders, http(s) addresses, or - for standard input (a file whose name starts with '-': put -- before it).",
        valueName: "path"
    ))
    var paths: [String] = []

    @Option(name: .customLong("from-list"), help: ArgumentHelp(
        "A file of addresses or paths to ingest, one a line (blank lines and # comments skipped).", valueName: "file"
    ))
    var fromList: String?

    @Option(help: "Headline, overriding the one read from the article (one article only).")
    var title: String?

    @Option(help: "Publication name, overriding the one read from the article.")
    var publication: String?

    @Option(help: "Author, overriding the byline read from the article.")
    var author: String?

    @Option(help: "The article's http(s) address (one article only).")
    var url: String?

    @Option(help: ArgumentHelp("Publication date, YYYY-MM-DD.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("Refuse articles larger than this many bytes (standard input stops being read there).", valueName: "bytes"))
    var maxBytes: Int = Ingestor.defaultMaxBytes

    @Option(help: ArgumentHelp(
        "Read the articles as text (plain text or Markdown) or html (saved web pages); default: by file name and first bytes.",
        valueName: "type"
    ))
    var type: ArticleFormat?

    @Option(help: ArgumentHelp("Seconds a fetched page may go without an answer before it is given up.", valueName: "seconds"))
    var timeout: Double = PageFetcher.defaultTimeout

    @Option(help: "Output format: text (one line per article and a summary) or json (one JSON object per line).")
    var format: DetailFormat = .text

    @Option(help: ArgumentHelp(
        "The currency a bare \"$\" stands for in these articles (default: read from a dateline such as 'TORONTO —' or a Canadian Press credit, else USD).",
        valueName: "code"
    ))
    var currency: DollarCurrency?

    @Flag(name: .customLong("no-match"), help: ArgumentHelp(
        "Store the claims without matching them against earlier claims and imported reviews (faster when loading an archive); 'factcheck match --refresh' matches them later."
    ))
    var noMatch = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if paths.isEmpty, fromList == nil { throw ValidationError("give at least one article file, folder or address to ingest") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be a positive number of bytes") }
        if !(timeout > 0 && timeout <= 3600) { throw ValidationError("--timeout must be a number of seconds between 0 and 3600") }
    }

    func run() throws {
        let editorName = try editor.name()
        var overrides = ArticleMetadata(
            title: try InputValidation.optionalText(title, option: "--title"),
            publication: try InputValidation.optionalText(publication, option: "--publication"),
            author: try InputValidation.optionalText(author, option: "--author")
        )
        if let url { overrides.url = try InputValidation.url(url) }
        if let published { overrides.published = try InputValidation.date(published) }
        // Resolve every path before touching the database: a typo fails with nothing stored.
        let listed = try fromList.map(IngestList.entries(inFile:)) ?? []
        let sources = try Ingestor.sources(for: paths + listed)
        if sources.count > 1 {
            if title != nil { throw IngestError.oneArticleOnly(option: "--title") }
            if url != nil { throw IngestError.oneArticleOnly(option: "--url") }
        }
        try database.creating { store in try ingest(sources, into: store, overrides: overrides, editor: editorName) }
    }

    private func ingest(
        _ sources: [ArticleSource], into store: FactCheckStore, overrides: ArticleMetadata, editor editorName: String
    ) throws {
        var ingestor = Ingestor(store: store, editor: editorName, overrides: overrides, maxBytes: maxBytes, format: type)
        ingestor.fetchTimeout = timeout
        ingestor.extractor = ClaimExtractor(dollar: currency)
        ingestor.matching = !noMatch
        var failures: [any FactCheckFailure] = []
        var stored = 0, skipped = 0, claims = 0
        var progress = IngestProgress(total: sources.count)
        // Many articles are committed in batches (see IngestBatching); each line is printed once its batch is stored.
        try ingestor.ingest(sources) { batch in
            progress.clear()
            for (source, outcome) in batch {
                switch outcome {
                case .success(let result) where format == .json:
                    if case .ingested(_, let count) = result.outcome {
                        stored += 1
                        claims += count
                    } else {
                        skipped += 1
                    }
                    Console.out(try JSONOutput.string(IngestRecord(result), pretty: false))
                case .success(let result):
                    result.warnings.forEach { Console.warning($0.description) }
                    switch result.outcome {
                    case .ingested(let id, let count):
                        stored += 1
                        claims += count
                        Console.out("article \(id): \(TerminalText.name(result.title)) — \(count) claim\(count == 1 ? "" : "s")" + result.matches.note)
                    case .alreadyIngested(let id):
                        skipped += 1
                        Console.out("article \(id): \(TerminalText.name(result.title)) — already ingested")
                    }
                case .failure(let failure as any FactCheckFailure):
                    // A bad file is skipped; a store failure never gets here, it stops the run.
                    if format == .json {
                        let record = IngestRecord(failedSource: source.displayName, error: FailureWording.message(for: failure))
                        Console.out(try JSONOutput.string(record, pretty: false))
                    }
                    if sources.count == 1 { throw failure }
                    Console.error(FailureWording.message(for: failure))
                    failures.append(failure)
                case .failure(let error):
                    throw error
                }
            }
            progress.advance(by: batch.count)
        }
        progress.clear()
        if sources.count > 1, format == .text {
            Console.out("\(stored) stored, \(skipped) already ingested, \(failures.count) failed; \(claims) claims found")
        }
        if let first = failures.first {
            throw IngestSummaryFailure(failed: failures.count, total: sources.count, stored: stored, status: first.exitStatus)
        }
    }
}

/// Some articles of a batch could not be ingested; each was named on its own line already.
struct IngestSummaryFailure: FactCheckFailure {
    let failed: Int
    let total: Int
    let stored: Int
    let status: ExitStatus
    var errorDescription: String? {
        "\(failed) of \(total) articles could not be ingested (see above)" + (stored > 0 ? "; the others were stored" : "")
    }
    var exitStatus: ExitStatus { status }
}

/// "ingested 1200 of 100000 articles" on standard error, redrawn in place, only when standard error is a terminal.
struct IngestProgress {
    let total: Int
    private var done = 0
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1
    }

    mutating func advance(by count: Int) {
        done += count
        guard enabled, done < total else { return }
        Console.writeError("\rfactcheck: ingested \(done) of \(total) articles")
    }

    func clear() {
        guard enabled, done > 0 else { return }
        Console.writeError("\r\u{1B}[K")
    }
}

extension DollarCurrency: ExpressibleByArgument {
    /// "cad" and "CAD" alike.
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}
