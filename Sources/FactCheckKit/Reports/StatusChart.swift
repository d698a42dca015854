/// The summary's bar chart of claims by status, as inline SVG: one labelled bar per status, drawn to scale.
enum StatusChart {
    static let labelWidth = 110
    static let barArea = 380
    static let rowHeight = 26

    static func svg(_ summary: ReportSummary) -> String {
        let statuses = summary.statuses
        let largest = max(1, statuses.map { summary.countsByStatus[$0] ?? 0 }.max() ?? 0)
        let width = labelWidth + barArea + 60
        let height = rowHeight * statuses.count + 8
        let description = statuses.map { "\($0.rawValue) \(summary.countsByStatus[$0] ?? 0)" }.joined(separator: ", ")
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" "
        out += "width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
        out += "font-family=\"Helvetica Neue, Helvetica, Arial, sans-serif\" font-size=\"13\">\n"
        out += "<title id=\"chart-title\">Claims by status: \(description)</title>\n"
        for (row, status) in statuses.enumerated() {
            let count = summary.countsByStatus[status] ?? 0
            let y = 4 + row * rowHeight
            // A non-zero count always gets a visible sliver, so it never reads as zero.
            let length = count == 0 ? 0 : max(2, Int((Double(count) / Double(largest) * Double(barArea)).rounded()))
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\" fill=\"#333\">\(status.rawValue)</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 8)\" rx=\"2\" fill=\"\(HTMLStyle.colour(status))\"/>"
            out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 17)\" fill=\"#1a1a1a\" font-weight=\"bold\">\(count)</text>\n"
        }
        return out + "</svg>\n"
    }
}
