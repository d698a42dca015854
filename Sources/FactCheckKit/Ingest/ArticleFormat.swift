import Foundation

/// How an article's bytes are read: as plain text or Markdown (with its header lines or front matter), or as a
/// saved web page.
public enum ArticleFormat: String, CaseIterable, Sendable {
    case text
    case html

    /// File names that mark a saved web page.
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// The format to read `text` with: the one asked for, else a web page when the file is named like one or its
    /// text opens like one, else plain text.
    public static func resolved(_ requested: ArticleFormat?, source: ArticleSource, text: String) -> ArticleFormat {
        if let requested { return requested }
        if case .file(let path) = source, htmlExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased()) {
            return .html
        }
        return HTMLArticleParser.looksLikeHTML(text) ? .html : .text
    }
}
