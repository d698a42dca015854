import Foundation

/// Reads and parses articles into drafts: no store, so it runs on any thread.
struct ArticleReader: Sendable {
    var overrides: ArticleMetadata
    var maxBytes: Int
    /// How to read the articles; nil recognises each by its name and first bytes.
    var format: ArticleFormat? = nil
    /// Seconds a fetched page may go without progress.
    var fetchTimeout = PageFetcher.defaultTimeout

    /// Reads and parses one article into a draft, without its claims. Throws an `IngestError`.
    func read(_ source: ArticleSource) throws -> (draft: ArticleDraft, warnings: [IngestWarning]) {
        var (text, warnings, fetched) = try readText(source)
        let parsed = ArticleFormat.resolved(format ?? fetched?.format, source: source, text: text) == .html
            ? HTMLArticleParser.parse(text) : ArticleParser.parse(text)
        text = ""
        guard parsed.body.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw IngestError.noBody(source.displayName)
        }
        var metadata = parsed.metadata
        // A fetched page is stored under the address it was served from, after redirects.
        if let fetched { metadata.url = fetched.finalURL }
        metadata = metadata.overridden(by: overrides)
        if let unread = parsed.unreadDate, overrides.published == nil {
            warnings.append(.dateNotStored(source: source.displayName, written: unread))
        }
        if metadata.title == nil {
            metadata.title = fallbackTitle(source: source, body: parsed.body)
        }
        if let url = metadata.url {
            do { metadata.url = try InputValidation.url(url) } catch { metadata.url = nil }
        }
        let draft = ArticleDraft(
            metadata: metadata, body: parsed.body, sourcePath: source.sourcePath, claims: []
        )
        return (draft, warnings)
    }

    private func readText(_ source: ArticleSource) throws -> (String, [IngestWarning], FetchedPage?) {
        let data: Data
        var fetched: FetchedPage?
        if case .url(let address) = source {
            let page = try PageFetcher(maxBytes: maxBytes, timeout: fetchTimeout).fetch(try InputValidation.url(address))
            fetched = page
            data = page.data
        } else {
            data = try ArticleInput.read(source, limit: maxBytes)
        }
        let name = source.displayName
        switch ArticleBytes.kind(of: data) {
        case .blank: throw IngestError.emptyFile(name)
        case .binary: throw IngestError.binaryFile(name)
        case .text: break
        }
        if let text = String(data: data, encoding: .utf8) { return (text, [], fetched) }
        let repaired = String(decoding: data, as: UTF8.self)
        return (repaired, [.invalidUTF8Replaced(source: name)], fetched)
    }

    /// The first line of the body, shortened, or the file name.
    private func fallbackTitle(source: ArticleSource, body: String) -> String {
        if case .file(let path) = source {
            return URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        }
        let firstLine = body.prefix { $0 != "\n" }
        return firstLine.count > 80 ? String(firstLine.prefix(77)) + "..." : String(firstLine)
    }
}
