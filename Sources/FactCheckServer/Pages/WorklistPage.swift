import FactCheckKit
import Hummingbird

/// `/`: the worklist, with its filters, the count of claims in each status, one page of claims and a link to the next.
enum WorklistPage {
    static func render(
        _ claims: [Claim], counts: [ClaimStatus: Int], query: WorklistQuery, parameters: Parameters, editor: Editor
    ) -> String {
        let filter = query.filter
        let value = { (key: String) in parameters.get(key) ?? "" }
        var body: [Node] = [
            .element("h1", [], [.text(query.mine ? "My claims" : "Worklist")]),
            .element("ul", [("class", "counts")], ClaimStatus.allCases.map { status in
                .element("li", [], [.link("/?status=\(status.rawValue)", [.text("\(status.rawValue): \(counts[status] ?? 0)")])])
            }),
            .element("form", [("method", "get"), ("action", "/"), ("class", "filters")], [
                Layout.field("Status", Layout.select("status", ClaimStatus.allCases.map(\.rawValue), selected: filter.statuses.first?.rawValue, blank: "any")),
                Layout.field("Kind", Layout.select("kind", ClaimKind.allCases.map(\.rawValue), selected: filter.kinds.first?.rawValue, blank: "any")),
                Layout.field("Assignee", Layout.textInput("assignee", value: query.mine ? "" : value("assignee"))),
                Layout.field("Search", Layout.textInput("q", value: value("q"), type: "search")),
                Layout.field("Sort", Layout.select("sort", ClaimSort.allCases.map(\.rawValue), selected: filter.sort.rawValue)),
                Layout.field("Mine", Layout.checkbox("mine", checked: query.mine)),
                Layout.field("Checked before", Layout.checkbox(MatchFilter.checkedBefore.rawValue, checked: filter.matched == .checkedBefore)),
                Layout.field("Figure changed", Layout.checkbox(MatchFilter.changed.rawValue, checked: filter.matched == .changed)),
                Layout.submit("Filter"),
            ]),
        ]
        if claims.isEmpty {
            body.append(.element("p", [], [.text(filter.after == nil ? "No claims match." : "No more claims.")]))
        } else {
            body.append(.element("table", [], [
                .element("tr", [], ["Claim", "Text", "Status", "Kinds", "Score", "Assignee", "Article"].map { .element("th", [], [.text($0)]) }),
            ] + claims.map { claim in
                .element("tr", [], [
                    .element("td", [], [.link("/claims/\(claim.id)", [.text(String(claim.id.rawValue))])]),
                    .element("td", [], [.link("/claims/\(claim.id)", [.text(excerpt(ClaimList.textWithSubject(claim)))])]),
                    .element("td", [], [.element("span", [("class", "status status-\(claim.status.rawValue)")], [.text(claim.status.rawValue)])]),
                    .element("td", [], [.text(claim.kinds.map(\.rawValue).joined(separator: ", "))]),
                    .element("td", [], [.text(ClaimList.format2(claim.score))]),
                    .element("td", [], [.text(claim.assignee ?? "")]),
                    .element("td", [], [.link("/articles/\(claim.articleID)", [.text(String(claim.articleID.rawValue))])]),
                ])
            }))
        }
        var paging: [Node] = []
        if let last = claims.last, claims.count == filter.limit {
            paging.append(.link("/?\(WorklistQuery.nextPage(parameters, after: last.id))", [.text("Next page →")]))
        }
        body.append(.element("p", [], paging))
        let scope = parameters.filter { $0.key == "status" || $0.key == "article" }
            .map { "\($0.key)=\(WorklistQuery.percentEncoded(String($0.value)))" }.joined(separator: "&")
        body.append(.element("p", [], [.text("Report for these statuses: ")] + ReportFormat.allCases.flatMap { format -> [Node] in
            [.link("/reports/\(format.rawValue)" + (scope.isEmpty ? "" : "?\(scope)"), [.text(format.rawValue)]), .text(" ")]
        }))
        return Layout.page(title: query.mine ? "My claims" : "Worklist", editor: editor, body: body)
    }

    static func excerpt(_ text: String) -> String {
        text.count > 160 ? String(text.prefix(157)) + "…" : text
    }
}
