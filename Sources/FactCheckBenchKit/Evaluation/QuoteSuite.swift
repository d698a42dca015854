import FactCheckKit
import Foundation

/// Scores quote finding on the GUM gold direct quotes of the Wikinews articles.
///
/// A gold quote is found when the extractor marks a sentence overlapping it as quoting someone; its speaker
/// is found when that sentence also names a speaker who appears by name in the article.
enum QuoteSuite {
    struct Annotations: Decodable {
        struct Span: Decodable {
            var type: String
            var start: Int
            var end: Int
        }
        var spans: [Span]
    }

    struct Score {
        var quotes = 0
        var found = 0
        var withSpeaker = 0
        var articles = 0
        /// Gold quotes not found, and quotes found without a speaker named in the article.
        var missedQuotes: [String] = []
        var missedSpeakers: [String] = []
    }

    static func score(corpus: URL) throws -> Score {
        let folder = corpus.appendingPathComponent("annotations")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var score = Score()
        let extractor = ClaimExtractor()
        for name in names {
            let textURL = corpus.appendingPathComponent(String(name.dropLast(5)) + ".txt")
            guard let text = try? String(contentsOf: textURL, encoding: .utf8) else { continue }
            let annotations = try JSONDecoder().decode(Annotations.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            let gold = annotations.spans.filter { $0.type == "quote" }
            score.articles += 1
            score.quotes += gold.count
            let claims = extractor.extract(from: text).filter { $0.kinds.contains(.quote) }
            let scalarOffsets = ScalarOffsets(text)
            let located = claims.map { (scalarOffsets.scalar(atByte: $0.startOffset)..<scalarOffsets.scalar(atByte: $0.endOffset), $0) }
            for quote in gold {
                let matches = located.filter { $0.0.overlaps(quote.start..<quote.end) }
                let goldText = String(text.unicodeScalars.dropFirst(quote.start).prefix(quote.end - quote.start))
                guard !matches.isEmpty else {
                    score.missedQuotes.append("\(name): \(goldText)")
                    continue
                }
                score.found += 1
                if matches.contains(where: { ($0.1.speaker.map { text.contains($0) }) ?? false }) {
                    score.withSpeaker += 1
                } else {
                    score.missedSpeakers.append("\(name): [\(matches[0].1.speaker ?? "none")] \(matches[0].1.text)")
                }
            }
        }
        return score
    }
}

/// Converts UTF-8 byte offsets to Unicode scalar offsets, as the GUM annotations count.
struct ScalarOffsets {
    private var scalarAtByte: [Int]

    init(_ text: String) {
        var table: [Int] = []
        table.reserveCapacity(text.utf8.count + 1)
        var count = 0
        for byte in text.utf8 {
            // Continuation bytes belong to the scalar they continue.
            if byte & 0xC0 != 0x80 { count += 1 }
            table.append(count - 1)
        }
        table.append(count)
        scalarAtByte = table
    }

    func scalar(atByte offset: Int) -> Int {
        scalarAtByte[min(max(0, offset), scalarAtByte.count - 1)]
    }
}
