/// `show` as plain text for a terminal.
public enum ClaimDetailText {
    public static func render(_ detail: ClaimDetail) -> String {
        let claim = detail.claim
        // Everything from an article or an editor is escaped for the terminal: `line` for text, `name` for names.
        let line = { (text: String) in TerminalText.escaped(ClaimList.oneLine(text)) }
        let name = { (text: String) in TerminalText.name(ClaimList.oneLine(text)) }
        var out = "Claim \(claim.id) · \(claim.status.rawValue) · score \(ClaimList.format2(claim.score))"
        if !claim.reasons.isEmpty { out += " (\(claim.reasons.map(\.words).joined(separator: ", ")))" }
        out += "\n"
        if let lack = claim.unsupportedVerdictSummary {
            out += "Unsupported: the \(claim.status.rawValue) verdict \(lack); cite evidence with 'factcheck cite \(claim.id)' or mark it again\n"
        }
        var source = "Article \(detail.article.id): \(name(detail.article.title))"
        let byline = [detail.article.publication, detail.article.author, detail.article.published].compactMap { $0 }
        if !byline.isEmpty { source += " — " + byline.map(name).joined(separator: ", ") }
        out += source + "\n"
        if let url = detail.article.url { out += line(url) + "\n" }
        out += "\n"
        if let before = detail.before { out += "  " + line(before) + "\n" }
        out += "> " + line(claim.text) + "\n"
        if let after = detail.after { out += "  " + line(after) + "\n" }
        out += "\n"
        out += "Kinds:        " + claim.kinds.map(\.rawValue).joined(separator: ", ") + "\n"
        if !claim.quantities.isEmpty {
            out += "Quantities:\n"
            for q in claim.quantities {
                var entry = "  - \(line(q.text)) = \(number(q.value))"
                if let unit = q.unit { entry += " \(line(unit))" }
                if let qualifier = q.qualifier { entry += " (\(line(qualifier)))" }
                out += entry + "\n"
            }
        }
        if let attribution = claim.attribution { out += "Attribution:  \(line(attribution))\n" }
        if let speaker = claim.speaker { out += "Speaker:      \(name(speaker))\n" }
        if let subject = claim.subject { out += "Subject:      \(name(subject))\n" }
        if !claim.timeReferences.isEmpty { out += "Time:         \(line(claim.timeReferences.joined(separator: "; ")))\n" }
        if let assignee = claim.assignee { out += "Assigned to:  \(name(assignee))\n" }
        if let note = claim.verdictNote { out += "Verdict note: \(line(note))\n" }
        if let review = claim.review { out += "Review:       \(review.rawValue)\n" }
        if let published = claim.publishedAt { out += "Published:    \(published)\n" }
        if !claim.matches.isEmpty {
            out += "\nMatches (\(claim.matches.count)):\n"
            for match in claim.matches {
                out += "  \(match.relation.rawValue) \(ClaimList.format2(match.score))  \(MatchList.summary(match))\n"
                out += "      " + ClaimList.oneLine(match.text) + "\n      why: " + match.reason + "\n"
            }
        }
        out += "\nEvidence (\(detail.evidence.count)):\n"
        let carried = detail.history.last(where: { $0.action == .status })
        if detail.evidence.isEmpty, let source = carried?.carriedFromClaim {
            out += "  the verdict was carried from claim \(source), whose evidence stands for it: see 'factcheck show \(source)'\n"
        } else if detail.evidence.isEmpty, let source = carried?.carriedFromReview {
            out += "  the verdict was carried from review \(source), the published fact-check: see 'factcheck reviews'\n"
        } else if detail.evidence.isEmpty {
            out += "  none yet; add some with 'factcheck cite \(claim.id) --url URL'\n"
        }
        for e in detail.evidence {
            var entry = "  [\(e.id)] \(e.stance.rawValue): "
            entry += [e.title.map(line), e.publisher.map { "(\(name($0)))" }].compactMap { $0 }.joined(separator: " ")
            out += entry.trimmingTrailingSpace() + "\n      \(line(e.url))\n"
            if let quote = e.quote { out += "      “\(line(quote))”\n" }
            if let note = e.note { out += "      note: \(line(note))\n" }
            out += "      cited by \(name(e.editor)) at \(e.createdAt)\n"
        }
        out += "\nHistory:\n"
        for event in detail.history {
            out += "  \(event.at)  \(name(event.editor))  \(TerminalText.name(HistoryText.describe(event)))\n"
        }
        return out
    }

    /// 500000000 rather than 5e+08; decimals kept when there are any.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e18 { return String(Int64(value)) }
        return String(value)
    }
}

/// One history event in words.
public enum HistoryText {
    public static func describe(_ event: HistoryEvent) -> String {
        var text: String
        switch event.action {
        case .extracted: text = "extracted as \(event.to ?? "unverified")"
        case .status: text = "status \(event.from ?? "?") → \(event.to ?? "?")"
        case .evidenceAdded: text = "cited \(event.to ?? "evidence")"
        case .evidenceWithdrawn: text = "withdrew \(event.from ?? "evidence")"
        case .assigned: text = "assigned \(event.from ?? "nobody") → \(event.to ?? "nobody")"
        case .textEdited: text = "edited text"
        case .reviewed:
            text = event.to == ReviewState.rejected.rawValue
                ? "rejected the \(event.from ?? "") verdict; back to in-review" : "approved the \(event.from ?? "") verdict"
        case .published: text = "published the \(event.to ?? "") verdict"
        case .unpublished: text = "withdrew the published \(event.from ?? "") verdict from publication"
        case .corrected: text = "corrected the published verdict \(event.from ?? "?") → \(event.to ?? "?")"
        }
        if event.forced { text += " (forced without the evidence a verdict needs)" }
        if let claim = event.carriedFromClaim { text += " (carried from claim \(claim), whose evidence stands for it)" }
        if let review = event.carriedFromReview { text += " (carried from review \(review), the published fact-check)" }
        if let note = event.note { text += " — “\(ClaimList.oneLine(note))”" }
        return text
    }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
