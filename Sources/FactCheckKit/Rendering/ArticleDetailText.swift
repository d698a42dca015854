/// `factcheck article` as plain text: the header, then the body with each claim marked where it stands,
/// "[claim 12: ...]", so an editor reads the claims in their context.
public enum ArticleDetailText {
    public static func render(_ detail: ArticleDetail) -> String {
        let metadata = detail.article.metadata
        var out = "Article \(detail.article.id): \(TerminalText.escaped(Escaping.oneLine(metadata.title ?? "Untitled")))\n"
        let byline = [metadata.publication, metadata.author, metadata.published].compactMap { $0 }.map { TerminalText.name(Escaping.oneLine($0)) }
        if !byline.isEmpty { out += byline.joined(separator: ", ") + "\n" }
        if let url = metadata.url { out += TerminalText.escaped(url) + "\n" }
        let count = detail.claims.count
        out += "\(count) claim\(count == 1 ? "" : "s")\n\n"
        // Line by line, so the article keeps its paragraphs while control characters inside a line are shown escaped.
        out += markedBody(detail.article.body, claims: detail.claims)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.escaped(String($0)) }
            .joined(separator: "\n")
        return out + "\n"
    }

    /// The body with "[claim ID: " before each claim's sentence and "]" after it, placed by the claims' byte offsets.
    static func markedBody(_ body: String, claims: [Claim]) -> String {
        let bytes = Array(body.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + claims.count * 16)
        var cursor = 0
        for claim in claims.sorted(by: { $0.startOffset < $1.startOffset }) {
            // Offsets out of order or past the end (a body edited by hand) mark nothing rather than cut a character.
            guard claim.startOffset >= cursor, claim.endOffset <= bytes.count, claim.startOffset <= claim.endOffset else { continue }
            out += bytes[cursor..<claim.startOffset]
            out += Array("[claim \(claim.id): ".utf8)
            out += bytes[claim.startOffset..<claim.endOffset]
            out += Array("]".utf8)
            cursor = claim.endOffset
        }
        out += bytes[cursor...]
        return String(decoding: out, as: UTF8.self)
    }
}
