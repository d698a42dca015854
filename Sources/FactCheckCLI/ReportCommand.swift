import ArgumentParser
import FactCheckKit
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Export a fact-check report: every claim with its status, verdict note, evidence and history.",
        discussion: "Without --output the report goes to standard output. With it, the file is written whole or not at all."
    )

    @Option(help: "Format: markdown, html, json or csv.")
    var format: ReportFormat = .markdown

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Only claims with this status (repeatable).", valueName: "status"))
    var status: [ClaimStatus] = []

    @Option(help: ArgumentHelp("Only claims from this article.", valueName: "id"))
    var article: ArticleIDArgument?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.open()
        let scope = ReportScope(statuses: status, articleID: article?.id)
        if let output {
            var file = try AtomicFileOutput(path: output)
            do {
                try ReportWriter.write(format, scope: scope, store: store, to: &file)
                try file.commit()
            } catch {
                file.discard()
                throw error
            }
            Console.out("report written to \(output)")
        } else {
            var out = StandardOutputStream()
            try ReportWriter.write(format, scope: scope, store: store, to: &out)
            out.flush()
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
