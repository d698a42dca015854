import FactCheckKit

/// `/claims/ID`: the claim in its article's words with its figures marked, what was found about it, its whole
/// history, and a form for each thing an editor does to it. Every form carries the claim's version.
enum ClaimPage {
    /// The claim page's forms, each posting to `/claims/ID/<name>`.
    enum Form: String, CaseIterable, Sendable {
        case evidence, status, assign, withdraw, edit, review, publish
    }

    /// A refused change, shown at the form that sent it; a stale one also lists what changed meanwhile.
    struct Problem: Sendable {
        var form: Form
        var message: String
        var staleSince: Int64?
    }

    static func render(_ detail: ClaimDetail, version: Int64, editor: Editor, problem: Problem? = nil) -> String {
        let claim = detail.claim
        var body: [Node] = [
            .element("h1", [], [.text("Claim \(claim.id)")]),
            .element("p", [], [
                .text("From "), .link("/articles/\(detail.article.id)", [.text(detail.article.title)]),
                .text(detail.article.publication.map { " (\($0))" } ?? ""),
            ]),
        ]
        if let problem, let since = problem.staleSince {
            let changes = detail.history.filter { $0.id > since }
            body.append(.element("div", [("class", "notice"), ("role", "alert")], [
                .element("p", [], [.text("This claim changed since you loaded it; nothing was saved. What changed:")]),
                .element("ul", [], changes.map { .element("li", [], [.text(describe($0))]) }),
                .element("p", [], [.text("The forms below show the claim as it is now; submit again if your change still applies.")]),
            ]))
        }
        body += [
            .element("section", [], [
                .element("p", [("class", "context")], [.text(detail.before ?? "")]),
                .element("p", [("class", "claim-text")], figures(claim)),
                .element("p", [("class", "context")], [.text(detail.after ?? "")]),
                .element("p", [], [
                    .element("span", [("class", "status status-\(claim.status.rawValue)")], [.text(claim.status.rawValue)]),
                    .text(" · score \(ClaimList.format2(claim.score))"),
                    .text(claim.kinds.isEmpty ? "" : " · " + claim.kinds.map(\.rawValue).joined(separator: ", ")),
                    .text(" · assigned to \(claim.assignee ?? "nobody")"),
                ]),
                facts(claim),
            ]),
            quantities(claim),
            evidence(detail, version: version, problem: problem),
            forms(claim, version: version, problem: problem),
            history(detail.history),
        ]
        return Layout.page(title: "Claim \(claim.id)", editor: editor, body: body)
    }

    static func figures(_ claim: Claim) -> [Node] {
        let ranges = Highlight.figureRanges(in: claim.text, figures: claim.quantities.map(\.text))
        return Highlight.pieces(claim.text, ranges: ranges.map { ($0, true) }).map { piece in
            piece.mark == nil ? .text(piece.text) : .element("mark", [], [.text(piece.text)])
        }
    }

    private static func facts(_ claim: Claim) -> Node {
        var rows: [(String, String?)] = [
            ("Speaker", claim.speaker), ("Subject", claim.subject), ("Attribution", claim.attribution), ("About the time", claim.timeReference),
            ("Verdict note", claim.verdictNote), ("Review", claim.review?.rawValue), ("Published", claim.publishedAt),
        ]
        rows = rows.filter { $0.1 != nil }
        guard !rows.isEmpty else { return .group([]) }
        return .element("dl", [], rows.flatMap { row -> [Node] in
            [.element("dt", [], [.text(row.0)]), .element("dd", [], [.text(row.1 ?? "")])]
        })
    }

    private static func quantities(_ claim: Claim) -> Node {
        guard !claim.quantities.isEmpty else { return .group([]) }
        return .element("section", [], [
            .element("h2", [], [.text("Figures")]),
            .element("table", [], [
                .element("tr", [], ["Figure", "Value", "Unit", "Kind", "Qualifier"].map { .element("th", [], [.text($0)]) }),
            ] + claim.quantities.map { q in
                .element("tr", [], [q.text, "\(q.value)", q.unit ?? "", q.kind.rawValue, q.qualifier ?? ""].map { .element("td", [], [.text($0)]) })
            }),
        ])
    }

    private static func evidence(_ detail: ClaimDetail, version: Int64, problem: Problem?) -> Node {
        let items: [Node] = detail.evidence.map { item in
            .element("li", [], [
                .element("span", [("class", "status")], [.text(item.stance.rawValue)]), .text(" "),
                .link(item.url, [.text(item.title ?? item.url)], attributes: [("rel", "noopener noreferrer")]),
                .text(item.publisher.map { " — \($0)" } ?? ""),
                .text(item.quote.map { " “\($0)”" } ?? ""),
                .text(item.note.map { " (\($0))" } ?? ""),
                .text(" · evidence \(item.id), cited by \(item.editor) at \(item.createdAt)"),
                .element("form", [("method", "post"), ("action", "/claims/\(detail.claim.id)/withdraw")], [
                    Layout.versionField(version),
                    .element("input", [("type", "hidden"), ("name", "evidence"), ("value", String(item.id.rawValue))], []),
                    Layout.field("Reason", Layout.textInput("reason", required: true)),
                    Layout.field("Correction (published verdicts)", Layout.textInput("correction")),
                    Layout.submit("Withdraw"),
                ]),
            ])
        }
        return .element("section", [], [
            .element("h2", [], [.text("Evidence")]),
            problem?.form == .withdraw ? Layout.errorLine(problem?.message) : .group([]),
            items.isEmpty ? .element("p", [], [.text("No evidence cited yet.")]) : .element("ul", [], items),
        ])
    }

    private static func forms(_ claim: Claim, version: Int64, problem: Problem?) -> Node {
        func form(_ name: Form, _ title: String, _ fields: [Node]) -> Node {
            let id: [(StaticString, String)] = [("id", name.rawValue)]
            return .element("section", id, [
                .element("h2", [], [.text(title)]),
                problem?.form == name ? Layout.errorLine(problem?.message) : .group([]),
                .element("form", [("method", "post"), ("action", "/claims/\(claim.id)/\(name.rawValue)")], [Layout.versionField(version)] + fields),
            ])
        }
        return .group([
            form(.evidence, "Cite evidence", [
                Layout.field("URL", Layout.textInput("url", required: true, type: "url")),
                Layout.field("Title", Layout.textInput("title")),
                Layout.field("Publisher", Layout.textInput("publisher")),
                Layout.field("Quote", Layout.textInput("quote")),
                Layout.field("Stance", Layout.select("stance", Stance.allCases.map(\.rawValue), selected: Stance.supports.rawValue)),
                Layout.field("Note", Layout.textInput("note")),
                Layout.submit("Cite"),
            ]),
            form(.status, "Mark", [
                Layout.field("Status", Layout.select("status", ClaimStatus.allCases.map(\.rawValue), selected: claim.status.rawValue)),
                Layout.field("Note", Layout.textInput("note")),
                Layout.field("Force (needs a note)", .element("input", [("type", "checkbox"), ("name", "force"), ("value", "1")], [])),
                Layout.field("Correction (published verdicts)", Layout.textInput("correction")),
                Layout.submit("Mark"),
            ]),
            form(.assign, "Assign", [
                Layout.field("To (empty releases it)", Layout.textInput("to", value: claim.assignee ?? "")),
                Layout.submit("Assign"),
            ]),
            form(.edit, "Edit the text", [
                Layout.field("Text", .element("textarea", [("name", "text"), ("rows", "3"), ("cols", "80"), ("required", "required")], [.text(claim.text)])),
                Layout.field("Note", Layout.textInput("note")),
                Layout.field("Keep the verdict (needs a note)", .element("input", [("type", "checkbox"), ("name", "keep_verdict"), ("value", "1")], [])),
                Layout.submit("Save text"),
            ]),
            form(.review, "Review the verdict", [
                Layout.field("Decision", Layout.select("decision", ["approve", "reject"], selected: "approve")),
                Layout.field("Note (a rejection needs one)", Layout.textInput("note")),
                Layout.submit("Review"),
            ]),
            form(.publish, "Publish the verdict", [Layout.submit("Publish")]),
        ])
    }

    private static func history(_ events: [HistoryEvent]) -> Node {
        .element("section", [], [
            .element("h2", [], [.text("History")]),
            .element("table", [], [
                .element("tr", [], ["When", "Who", "What", "Note"].map { .element("th", [], [.text($0)]) }),
            ] + events.map { event in
                .element("tr", [], [
                    .element("td", [], [.text(event.at)]), .element("td", [], [.text(event.editor)]),
                    .element("td", [], [.text(describe(event))]), .element("td", [], [.text(event.note ?? "")]),
                ])
            }),
        ])
    }

    static func describe(_ event: HistoryEvent) -> String {
        var text = event.action.rawValue
        if let from = event.from, let to = event.to { text += ": \(from) → \(to)" } else if let to = event.to { text += ": \(to)" } else if let from = event.from { text += ": \(from)" }
        if event.forced { text += " (forced)" }
        return "\(text) — \(event.editor)"
    }
}
