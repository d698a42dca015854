import FactCheckKit
import Foundation

/// Scores the check-worthiness model on ClaimBuster (F1 of the check-worthy class, ROC AUC of the score)
/// and CLEF CheckThat! 2019 (mean average precision of the ranking per debate; reported, never tuned on).
enum CheckWorthinessSuite {
    struct ClaimBusterCase: Decodable {
        var label: Int
        var text: String
    }

    struct ClaimBusterScore {
        var f1: Double
        var precision: Double
        var recall: Double
        var auc: Double
        var count: Int
        /// Check-worthy sentences scored below the threshold, and the others scored at or above it.
        var missed: [String]
        var falseAlarms: [String]
    }

    static func claimBuster(_ url: URL) throws -> ClaimBusterScore {
        let cases = try JSONDecoder().decode([ClaimBusterCase].self, from: Data(contentsOf: url))
        let extractor = ClaimExtractor()
        let scored = cases.map { (extractor.checkWorthiness(of: $0.text), $0.label == 1) }
        let threshold = CheckWorthiness.checkWorthyThreshold
        let truePositives = scored.filter { $0.0 >= threshold && $0.1 }.count
        let predicted = scored.filter { $0.0 >= threshold }.count
        let actual = scored.filter(\.1).count
        let precision = predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
        let recall = actual == 0 ? 0 : Double(truePositives) / Double(actual)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        let missed = zip(cases, scored).filter { $1.1 && $1.0 < threshold }.map { "\($1.0)  \($0.text)" }
        let falseAlarms = zip(cases, scored).filter { !$1.1 && $1.0 >= threshold }.map { "\($1.0)  \($0.text)" }
        return ClaimBusterScore(
            f1: f1, precision: precision, recall: recall, auc: Ranking.rocAUC(scored), count: cases.count,
            missed: missed, falseAlarms: falseAlarms
        )
    }

    /// CLEF 2019 Task 1: each debate's lines ranked by score; mean of the debates' average precision.
    static func clefMAP(_ url: URL) throws -> (map: Double, debates: Int, lines: Int) {
        let text = try String(contentsOf: url, encoding: .utf8)
        let rows = CSVText.rows(text)
        guard let header = rows.first else { return (0, 0, 0) }
        guard let textColumn = header.firstIndex(of: "text"), let labelColumn = header.firstIndex(of: "label"),
              let fileColumn = header.firstIndex(of: "file_name") else { return (0, 0, 0) }
        let extractor = ClaimExtractor()
        var debates: [String: [(Double, Bool)]] = [:]
        var order: [String] = []
        for row in rows.dropFirst() where row.count > max(textColumn, labelColumn, fileColumn) {
            let file = row[fileColumn]
            if debates[file] == nil { order.append(file) }
            debates[file, default: []].append((extractor.checkWorthiness(of: row[textColumn]), row[labelColumn] == "1"))
        }
        let precisions = order.compactMap { Ranking.averagePrecision(debates[$0]!) }
        let map = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        return (map, precisions.count, rows.count - 1)
    }
}

/// Ranking metrics over (score, is positive) pairs.
enum Ranking {
    /// The probability that a random positive outscores a random negative (ties count half).
    static func rocAUC(_ scored: [(Double, Bool)]) -> Double {
        let sorted = scored.sorted { $0.0 < $1.0 }
        var rankSumPositive = 0.0
        var i = 0
        while i < sorted.count {
            var j = i
            while j < sorted.count, sorted[j].0 == sorted[i].0 { j += 1 }
            let averageRank = Double(i + 1 + j) / 2  // ranks i+1 ... j
            for k in i..<j where sorted[k].1 { rankSumPositive += averageRank }
            i = j
        }
        let positives = Double(scored.filter(\.1).count)
        let negatives = Double(scored.count) - positives
        guard positives > 0, negatives > 0 else { return .nan }
        return (rankSumPositive - positives * (positives + 1) / 2) / (positives * negatives)
    }

    /// Average precision of the ranking by score (stable: equal scores keep the reading order); nil without positives.
    static func averagePrecision(_ scored: [(Double, Bool)]) -> Double? {
        let ranked = scored.enumerated().sorted { $0.element.0 != $1.element.0 ? $0.element.0 > $1.element.0 : $0.offset < $1.offset }
        var hits = 0
        var sum = 0.0
        for (rank, item) in ranked.enumerated() where item.element.1 {
            hits += 1
            sum += Double(hits) / Double(rank + 1)
        }
        return hits == 0 ? nil : sum / Double(hits)
    }
}

/// A small reader for comma-separated text with quoted fields ("a, b" and doubled "" quotes).
enum CSVText {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n":
                row.append(field); field = ""
                rows.append(row); row = []
            case "\r": break
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
