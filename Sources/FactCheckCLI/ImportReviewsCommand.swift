import ArgumentParser
import FactCheckKit
import Foundation

struct ImportReviewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-reviews",
        abstract: "Import published fact-checks (schema.org ClaimReview JSON-LD) to match new claims against.",
        discussion: """
            FILE holds one ClaimReview object, an array of them, an @graph, or a data feed \
            ({"dataFeedElement": [{"item": [ClaimReview, ...]}]}); - reads standard input. Each review keeps its \
            claim, rating (alternateName, ratingValue, bestRating, worstRating), the reviewing organisation, its \
            URL and date, and who made the claim; the item itself is kept whole. A review is known by its URL: \
            importing it again changes nothing, or updates it when its publisher changed it. A review without \
            claimReviewed or without an http(s) URL is named on its own line and skipped; the others are stored \
            in one transaction, and the exit status is then 65. factcheck's own 'report --format claimreview' \
            imports back as it was written.
            """
    )

    @Argument(help: ArgumentHelp("The JSON-LD file, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var editor: EditorOptions

    func run() throws {
        let data = try ReviewFile.read(file)
        let result = try ReviewImport.run(data, source: file == "-" ? "standard input" : "'\(file)'", into: try database.open(.readWrite), editor: try editor.name())
        for skipped in result.skipped { Console.error(skipped.description) }
        let o = result.outcome
        Console.out("\(o.added) review\(o.added == 1 ? "" : "s") imported, \(o.updated) updated, \(o.unchanged) already imported"
            + (result.skipped.isEmpty ? "" : ", \(result.skipped.count) skipped"))
        if !result.skipped.isEmpty { throw ReviewsSkipped(count: result.skipped.count) }
    }
}

/// Some reviews of the file were skipped; each was named on its own line already.
struct ReviewsSkipped: FactCheckFailure {
    let count: Int
    var errorDescription: String? {
        "\(count) review\(count == 1 ? " was" : "s were") skipped (see above); fix \(count == 1 ? "it" : "them") and import the file again"
    }
    var exitStatus: ExitStatus { .dataError }
}

/// Reads the file or standard input of `import-reviews`, refusing what is not a readable regular file.
enum ReviewFile {
    static let maxBytes = 512 * 1024 * 1024

    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw IngestError.missingPath(path) }
        if isDirectory.boolValue { throw IngestError.unreadable(path, reason: "it is a folder; give a JSON-LD file") }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw IngestError.unreadable(path, reason: "permission denied or not a regular file")
        }
    }
}
