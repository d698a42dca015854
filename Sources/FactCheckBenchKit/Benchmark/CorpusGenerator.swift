import FactCheckKit
import Foundation

/// A tiny seeded random number generator (SplitMix64), so a corpus is the same on every machine and run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, by plain modulo: the bias is negligible and, unlike `Int.random`, it is fixed forever.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Writes realistic news articles of about 4 KB, the same ones for the same seed.
///
/// Each article is plain text the way feeds write it (publication, headline, standfirst, byline, date, body).
/// The body mixes sentences with figures (numbers, percentages, money, counts, dates, rankings, comparisons),
/// attributed statements, quotes with their speaker, and plain narrative sentences, in roughly the proportions of
/// regional news copy. Article `n` depends only on the seed and `n`, so any slice of a corpus can be regenerated.
public struct CorpusGenerator: Sendable {
    public var seed: UInt64
    /// The body grows paragraph by paragraph until it reaches this many bytes.
    public var targetBodyBytes: Int

    public init(seed: UInt64 = 42, targetBodyBytes: Int = 3_800) {
        self.seed = seed
        self.targetBodyBytes = targetBodyBytes
    }

    /// Article number `index` as the text of a file.
    public func article(_ index: Int) -> String {
        var random = SeededGenerator(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        let place = random.pick(Vocabulary.places)
        let topic = random.pick(Vocabulary.topics)
        let publication = "\(place) \(random.pick(Vocabulary.mastheads))"
        let headline = "\(topic.subject.uppercased()) \(random.pick(Vocabulary.headlineVerbs)) \(random.pick(Vocabulary.headlineTails))"
        let standfirst = "\(random.pick(Vocabulary.officials).capitalizedFirst) says \(topic.subject) \(random.pick(Vocabulary.standfirstTails))"
        let author = "\(random.pick(Vocabulary.firstNames)) \(random.pick(Vocabulary.lastNames))".uppercased()
        let year = 2015 + random.below(11)
        let date = "\(random.pick(Vocabulary.months)) \(1 + random.below(28)), \(year)"
        var body = ""
        var used = Set<String>()
        while body.utf8.count < targetBodyBytes {
            var paragraph: [String] = []
            for _ in 0..<(1 + random.below(3)) {
                // Real copy does not repeat itself (and the extractor drops repeats): draw again on a repeat.
                var next = sentence(&random, place: place, topic: topic, year: year)
                while !used.insert(next).inserted { next = sentence(&random, place: place, topic: topic, year: year) }
                paragraph.append(next.capitalizedFirst)
            }
            body += paragraph.joined(separator: " ") + "\n\n"
        }
        return "\(publication)\n\n\(headline)\n\n\(standfirst)\n\nBy \(author)\n\n\(date)\n\n\(body)"
    }

    /// Writes articles `0..<count` into `folder` (created if needed) as `NNNNNNN.txt`, in sub-folders of 1,000.
    /// Returns the total bytes written.
    @discardableResult
    public func write(count: Int, to folder: String) throws -> Int {
        let files = FileManager.default
        var bytes = 0
        for index in 0..<count {
            let directory = "\(folder)/\(Self.padded(index / 1_000, 4))"
            if index % 1_000 == 0 { try files.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            let data = Data(article(index).utf8)
            bytes += data.count
            try data.write(to: URL(fileURLWithPath: "\(directory)/\(Self.padded(index, 7)).txt"))
        }
        return bytes
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private func sentence(_ r: inout SeededGenerator, place: String, topic: Vocabulary.Topic, year: Int) -> String {
        let roll = r.below(100)
        switch roll {
        case 0..<8: return figure(&r, place: place, topic: topic, year: year)
        case 8..<11: return attributed(&r, topic: topic)
        case 11..<16: return quote(&r, topic: topic)
        default: return plain(&r, place: place, topic: topic)
        }
    }

    private func figure(_ r: inout SeededGenerator, place: String, topic: Vocabulary.Topic, year: Int) -> String {
        let thing = r.pick(topic.counted)
        let count = Self.grouped(20 + r.below(90_000))
        let percent = 2 + r.below(60)
        let millions = 1 + r.below(400)
        let ordinal = r.pick(Vocabulary.ordinals)
        switch r.below(9) {
        case 0: return "The \(topic.body) recorded \(count) \(thing) in \(year - 1), up \(percent) percent from the year before."
        case 1: return "The \(topic.project) will cost $\(millions) million, about $\(1 + r.below(millions)) million more than the council approved in \(year - 2 - r.below(4))."
        case 2: return "\(place) is now the \(ordinal)-largest \(topic.rank) in the region, behind only \(r.pick(Vocabulary.places))."
        case 3: return "Spending on \(topic.subject) fell \(percent)% last year, to $\(Self.grouped(100 + r.below(9_000))),000 a month."
        case 4: return "More than \(count) residents signed the petition, nearly twice as many as in \(year - 3)."
        case 5: return "The \(topic.project) opened in \(1950 + r.below(60)) and has not been fully repaired since \(1990 + r.below(25))."
        case 6: return "About \(percent) percent of \(thing) were handled within \(2 + r.below(20)) days, compared with \(percent + 5 + r.below(20)) percent in \(year - 1)."
        case 7: return "The district employs \(Self.grouped(40 + r.below(4_000))) staff and serves \(count) people across \(3 + r.below(30)) towns."
        default: return "Average wait times rose from \(5 + r.below(20)) minutes to \(30 + r.below(90)) minutes between \(year - 4) and \(year)."
        }
    }

    private func attributed(_ r: inout SeededGenerator, topic: Vocabulary.Topic) -> String {
        let source = r.pick(Vocabulary.sources)
        switch r.below(3) {
        case 0: return "According to \(source), the \(topic.project) is \(r.pick(Vocabulary.states)) and faces \(Self.grouped(3 + r.below(60))) open complaints."
        case 1: return "The \(topic.body) overstated its progress on \(topic.subject), \(source) found in a review published this week."
        default: return "Figures published by \(source) show \(topic.subject) costs have grown faster than inflation for \(3 + r.below(8)) years running."
        }
    }

    private func quote(_ r: inout SeededGenerator, topic: Vocabulary.Topic) -> String {
        let speaker = "\(r.pick(Vocabulary.titles)) \(r.pick(Vocabulary.firstNames)) \(r.pick(Vocabulary.lastNames))"
        let line = r.pick(Vocabulary.quotes).replacingOccurrences(of: "SUBJECT", with: topic.subject)
        return r.chance(50) ? "\"\(line),\" said \(speaker)." : "\(speaker) said: \"\(line).\""
    }

    private func plain(_ r: inout SeededGenerator, place: String, topic: Vocabulary.Topic) -> String {
        let template = r.chance(30)
            ? r.pick(Vocabulary.plainSentences)
            : "\(r.pick(Vocabulary.narrativeSubjects)) \(r.pick(Vocabulary.narrativePredicates))."
        return template
            .replacingOccurrences(of: "PLACE", with: place)
            .replacingOccurrences(of: "SUBJECT", with: topic.subject)
            .replacingOccurrences(of: "BODY", with: topic.body)
    }

    /// 12345 as "12,345", the way newspapers print figures.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
