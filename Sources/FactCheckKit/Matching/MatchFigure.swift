import Foundation

/// A figure of a claim as the matcher compares it: a quantity (value, kind, unit) or a year.
struct MatchFigure: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case quantity(QuantityKind, unit: String?)
        case year
        /// Any other number written in digits: a day of the month, a time, a model number ("STS-135").
        case other
    }

    var kind: Kind
    var value: Double
    /// As written in the claim: "73 %", "2014".
    var text: String

    /// The quantities the extractor reads in `text`, and each year of its time references ("in 2014").
    static func figures(in text: String) -> [MatchFigure] {
        let scan = QuantityScanner.scan(Tokenizer.tokens(text), sentence: text)
        var figures = scan.quantities.map {
            MatchFigure(kind: .quantity($0.kind, unit: $0.unit?.lowercased()), value: $0.value, text: $0.text)
        }
        for time in scan.times {
            for word in time.split(whereSeparator: { !$0.isNumber }) where word.count == 4 {
                if let year = Double(word), year >= 1000, year <= 2100 {
                    figures.append(MatchFigure(kind: .year, value: year, text: String(word)))
                }
            }
        }
        // Digits the extractor does not read as a quantity or a year are still figures: "September 16" is not
        // "September 17". Digits inside a quantity already compared ("212" of "$212 million") are left out.
        // ASCII text without an ASCII digit has no digit at all: the (slow) pattern is not run on it.
        if text.utf8.allSatisfy({ $0 < 0x80 && ($0 < 0x30 || $0 > 0x39) }) { return figures }
        var read = figures.flatMap { digitRuns($0.text) }
        for raw in digitRuns(text) {
            if let index = read.firstIndex(of: raw) {
                read.remove(at: index)
                continue
            }
            guard let value = Double(raw.replacingOccurrences(of: ",", with: "")) else { continue }
            figures.append(MatchFigure(kind: .other, value: value, text: raw))
        }
        return figures
    }

    nonisolated(unsafe) private static let digits = /\d+(?:,\d{3})*(?:\.\d+)?/

    /// The numbers written in digits in `text`, as `digits` matches them ("1,234.5", "2014"), in order. ASCII text is
    /// scanned byte by byte (Swift's regex engine was a tenth of matching's time); other text, whose `\d` takes every
    /// script's digits, goes through the pattern.
    static func digitRuns(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return digitRunsByPattern(text) }
        var runs: [String] = []
        var text = text
        text.withUTF8 { bytes in
            func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
            var index = 0
            while index < bytes.count {
                guard isDigit(index) else { index += 1; continue }
                let start = index
                while isDigit(index) { index += 1 }
                // Groups of exactly three digits after a comma, as many as follow; then a decimal part.
                while index < bytes.count, bytes[index] == UInt8(ascii: ","), isDigit(index + 1), isDigit(index + 2), isDigit(index + 3) {
                    index += 4
                }
                if index < bytes.count, bytes[index] == UInt8(ascii: "."), isDigit(index + 1) {
                    index += 1
                    while isDigit(index) { index += 1 }
                }
                runs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
        }
        return runs
    }

    /// `digitRuns` through the pattern whatever the text (the reference its byte scan is tested against).
    static func digitRunsByPattern(_ text: String) -> [String] { text.matches(of: digits).map { String($0.output) } }

    /// The same figure however written: same kind and unit, values equal to a millionth.
    func agrees(with other: MatchFigure) -> Bool {
        kind == other.kind && abs(value - other.value) <= 1e-6 * max(1, abs(value), abs(other.value))
    }

    /// Two figures that stand in the same place of a statement: both years, or both quantities.
    func comparable(with other: MatchFigure) -> Bool {
        switch (kind, other.kind) {
        case (.year, .year): true
        case (.quantity, .quantity): true
        case (.other, .other), (.other, .quantity(.number, _)), (.quantity(.number, _), .other): true
        default: false
        }
    }
}

/// How the figures of two statements compare.
enum FigureComparison: Equatable {
    /// Neither has a figure.
    case none
    /// Every figure of each is in the other.
    case agree
    /// The same figures in the same places, some with another value, scale, unit or year: earlier → this one.
    case changed([FigureChange])
    /// One has figures the other does not: not the same statement, and not a figure changed within it.
    case unpaired

    /// Compares `earlier` (the matched claim or review) with `later` (the claim or text being matched).
    init(earlier: [MatchFigure], later: [MatchFigure]) {
        if earlier.isEmpty, later.isEmpty {
            self = .none
            return
        }
        var restEarlier = earlier
        var restLater: [MatchFigure] = []
        for figure in later {
            if let index = restEarlier.firstIndex(where: { $0.agrees(with: figure) }) {
                restEarlier.remove(at: index)
            } else {
                restLater.append(figure)
            }
        }
        if restEarlier.isEmpty, restLater.isEmpty {
            self = .agree
            return
        }
        guard restEarlier.count == restLater.count else {
            self = .unpaired
            return
        }
        // Pair what is left in reading order, a year with a year and a quantity with a quantity.
        var changes: [FigureChange] = []
        var pool = restEarlier
        for figure in restLater {
            guard let index = pool.firstIndex(where: { $0.comparable(with: figure) }) else {
                self = .unpaired
                return
            }
            changes.append(FigureChange(from: pool[index].text, to: figure.text))
            pool.remove(at: index)
        }
        self = .changed(changes)
    }
}

extension ClaimTracking {
    /// The figures of `later` that differ from those of `earlier` (the same statement with a changed figure),
    /// or nil when none does: what `mark --same-as` refuses to carry a verdict across.
    public static func changedFigures(from earlier: String, to later: String) -> [FigureChange]? {
        let comparison = FigureComparison(earlier: MatchFigure.figures(in: earlier), later: MatchFigure.figures(in: later))
        if case .changed(let changes) = comparison {
            return changes
        }
        return nil
    }
}
