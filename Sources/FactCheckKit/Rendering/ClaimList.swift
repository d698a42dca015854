/// Renders a list of claims as a terminal table, JSON or CSV.
public enum ClaimList {
    /// A table that fits `width` columns: id, score, status, article, then the claim cut to fit.
    /// `total` is how many claims match; with `totalIsAtLeast`, only that more than `total` do.
    /// `seeOthers` ends the footer when not every match is shown (the CLI names its `--limit` option there);
    /// `colour` colours the status column (see `TerminalColour`).
    public static func table(
        _ claims: [Claim], width: Int, total: Int? = nil, totalIsAtLeast: Bool = false, seeOthers: String = "narrow the filters to see others",
        colour: Bool = false
    ) -> String {
        guard !claims.isEmpty else { return "No claims match. Ingest articles with 'factcheck ingest PATH' or loosen the filters.\n" }
        let idWidth = max(2, claims.map { String($0.id.rawValue).count }.max() ?? 2)
        let articleWidth = max(3, claims.map { String($0.articleID.rawValue).count }.max() ?? 3)
        let statusWidth = ClaimStatus.allCases.map(\.rawValue.count).max()!
        let fixed = idWidth + 2 + 5 + 2 + statusWidth + 2 + articleWidth + 2 + 3 + 2
        let textWidth = max(20, width - fixed)
        var out = pad("ID", idWidth, right: true) + "  SCORE  " + pad("STATUS", statusWidth) + "  " + pad("ART", articleWidth, right: true)
            + "  EV  CLAIM\n"
        for claim in claims {
            let score = String(format2(claim.score))
            out += pad(String(claim.id.rawValue), idWidth, right: true) + "  " + pad(score, 5, right: true) + "  "
                + statusCell(claim, width: statusWidth, colour: colour) + "  " + pad(String(claim.articleID.rawValue), articleWidth, right: true)
                + "  " + pad(String(claim.evidenceCount), 2, right: true) + "  "
                + truncate(TerminalText.escaped(oneLine(textWithSubject(claim))), to: textWidth) + "\n"
            if let match = MatchList.headline(of: claim) {
                out += String(repeating: " ", count: fixed) + truncate("↳ " + TerminalText.escaped(MatchList.summary(match)), to: textWidth) + "\n"
            }
        }
        let shown = claims.count
        if claims.contains(where: \.verdictUnsupported) {
            out += "! the verdict lacks the evidence it needs (a citation was withdrawn, or it was forced); see 'factcheck show ID'\n"
        }
        if let total, totalIsAtLeast {
            out += "\(shown) of more than \(total) claims shown; \(seeOthers)\n"
        } else if let total, total > shown {
            out += "\(shown) of \(total) claims shown; \(seeOthers)\n"
        } else {
            out += "\(shown) claim\(shown == 1 ? "" : "s")\n"
        }
        return out
    }

    /// The claim's text, led by who it is about when it opens with a pronoun: "[Ada Okafor] She received 49 percent."
    public static func textWithSubject(_ claim: Claim) -> String {
        claim.subject.map { "[\($0)] " + claim.text } ?? claim.text
    }

    public static func json(_ claims: [Claim]) throws(JSONOutputError) -> String {
        try jsonArray(claims) + "\n"
    }

    /// The claims as a JSON array without the final new line, as the API sends them: the bytes `JSONEncoder` gives,
    /// written directly (`ClaimJSON`).
    public static func jsonArray(_ claims: [Claim]) throws(JSONOutputError) -> String {
        try ClaimJSON.array(claims)
    }

    public static let csvHeader = [
        "id", "article_id", "status", "score", "kinds", "text", "quantities", "attribution", "speaker", "time_reference",
        "evidence_count", "verdict_note", "assignee", "updated_at", "verdict_unsupported", "subject",
    ]

    public static func csvRow(_ claim: Claim) -> String {
        CSV.row([
            String(claim.id.rawValue), String(claim.articleID.rawValue), claim.status.rawValue, format2(claim.score),
            claim.kinds.map(\.rawValue).joined(separator: ";"), claim.text,
            claim.quantities.map { $0.text }.joined(separator: "; "), claim.attribution ?? "", claim.speaker ?? "",
            claim.timeReference ?? "", String(claim.evidenceCount), claim.verdictNote ?? "", claim.assignee ?? "", claim.updatedAt,
            claim.verdictUnsupported ? "yes" : "no", claim.subject ?? "",
        ])
    }

    public static func csv(_ claims: [Claim]) -> String {
        CSV.document(header: csvHeader) + claims.map(csvRow).joined()
    }

    /// The status column: the status ("!" when its verdict's evidence was withdrawn), padded, coloured when asked.
    private static func statusCell(_ claim: Claim, width: Int, colour: Bool) -> String {
        let cell = pad(claim.status.rawValue + (claim.verdictUnsupported ? "!" : ""), width)
        return colour ? TerminalColour.status(claim.status, cell) : cell
    }

    /// A score as "0.85".
    public static func format2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
    }

    static func truncate(_ text: String, to width: Int) -> String {
        if text.reduce(0, { $0 + displayWidth($1) }) <= width { return text }
        var used = 0
        var out = ""
        for character in text {
            let w = displayWidth(character)
            if used + w > width - 1 {
                return out + "…"
            }
            used += w
            out.append(character)
        }
        return out
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }

    /// Columns a character takes in a terminal: two for wide East Asian scripts and emoji.
    static func displayWidth(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
