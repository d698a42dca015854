import ArgumentParser
import FactCheckKit
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Export a fact-check report: every claim with its status, verdict note, evidence and history.",
        discussion: """
            Formats: markdown (CommonMark), html (one self-contained page), json (one document with a version \
            field), csv (RFC 4180, UTF-8, one row per claim) and claimreview (schema.org ClaimReview JSON-LD, one \
            per published verdict; needs org.name, org.url and review.url, see 'factcheck config'; \
            --include-unpublished previews every verdict).

            --public writes what readers see, in any format: published verdicts only, under the organisation's \
            name, link and logo (org.name and org.url must be set; org.logo is optional), each article's headline \
            and a link to the original story, each verdict's sources and corrections, and a corrections section at \
            the end. It leaves out the history, editor names, internal notes and every unpublished claim.

            Filters combine: every one given must match. --since and --editor select claims whose history has an \
            entry (extracted, cited, marked) at or after that time and by that editor; given together, one entry \
            must match both. The report still shows each claim's whole history.

            Claims come article by article in reading order; the "generated" time stamp honours \
            SOURCE_DATE_EPOCH (whole seconds since 1970; any other value is ignored with a warning), so the same \
            database gives the same bytes. Without --output the report goes to standard output; with it, the file \
            is written whole or not at all.

            A verdict whose evidence is gone (its citation withdrawn, or the verdict forced) is flagged in every \
            format. ClaimReview and public reports (--public) leave such claims out and name them on standard error, \
            unless --include-unsupported is given.
            """
    )

    @Option(help: "Format: markdown, html, json, csv or claimreview.")
    var format: ReportFormat = .markdown

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output: a regular file is replaced whole or not at all, keeping its permissions; a device or pipe is written to; the database is refused.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Only claims with this status (repeatable).", valueName: "status"))
    var status: [ClaimStatus] = []

    @Option(help: ArgumentHelp("Only claims from this article.", valueName: "id"))
    var article: ArticleIDArgument?

    @Option(help: ArgumentHelp(
        "Only claims changed at or after this time: YYYY-MM-DD (midnight UTC) or YYYY-MM-DDTHH:MM:SSZ.", valueName: "date"
    ))
    var since: String?

    @Option(help: ArgumentHelp("Only claims this editor changed (any entry in their history).", valueName: "name"))
    var editor: String?

    @Flag(name: .customLong("public"), help: "Write the public report: published verdicts only, nothing internal.")
    var isPublic = false

    @Flag(help: "ClaimReview only: export every verdict, published or not (a preview; not with --public).")
    var includeUnpublished = false

    @Flag(help: "ClaimReview and --public: also publish verdicts whose evidence was withdrawn or that were forced.")
    var includeUnsupported = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if isPublic, includeUnpublished {
            throw ValidationError("--public shows published verdicts only; leave out --include-unpublished")
        }
        if includeUnpublished, format != .claimreview {
            throw ValidationError("--include-unpublished is for --format claimreview; other desk reports show every claim already")
        }
        if let editor, editor.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--editor is empty; give the editor's name as it appears in claim histories")
        }
    }

    func run() throws {
        let editor = try editor.map { name throws(InputError) in try EditorName.normalized(name, source: "--editor") }
        let scope = ReportScope(
            statuses: status, articleID: article?.id, since: try since.map(ReportScope.timestamp), editor: editor,
            includeUnpublished: includeUnpublished
        )
        let audience: ReportAudience = isPublic ? .public : .desk
        let store = try database.open()
        let (generatedAt, clockWarning) = Clock.reportTime()
        if let clockWarning { Console.warning(clockWarning.description) }
        let options = ReportOptions(generatedAt: generatedAt, includeUnsupported: includeUnsupported)
        let outcome: ReportOutcome
        var intoStream = false
        if let output {
            var file = try AtomicFileOutput(path: output, protecting: store.path)
            intoStream = file.isStream
            do {
                outcome = try ReportWriter.write(format, scope: scope, audience: audience, store: store, options: options, to: &file)
                try file.commit()
            } catch {
                file.discard()
                throw error
            }
        } else {
            var out = StandardOutputStream()
            outcome = try ReportWriter.write(format, scope: scope, audience: audience, store: store, options: options, to: &out)
            out.flush()
        }
        if outcome.skippedWithoutVerdict > 0 {
            let n = outcome.skippedWithoutVerdict
            Console.warning("\(n) claim\(n == 1 ? "" : "s") without a verdict left out of the ClaimReview export")
        }
        if !outcome.skippedUnsupported.isEmpty {
            let ids = outcome.skippedUnsupported
            let shown = ids.prefix(10).map(\.description).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
            Console.warning(
                "\(counted(ids.count, "claim")) whose verdict lacks its evidence left out of what readers see (\(shown)); "
                    + "cite evidence, or pass --include-unsupported to publish them anyway"
            )
        }
        // Into a device or standard output itself, a line saying so would land in the report's stream.
        if let output, !intoStream {
            Console.out("report written to \(output): \(outcome.claims) claim\(outcome.claims == 1 ? "" : "s")")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
