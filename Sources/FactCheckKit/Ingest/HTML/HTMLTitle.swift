/// The headline inside a page's `<title>`, which usually carries the site's name too ("Headline | Site",
/// "Site: Headline"); Readability's rules for cutting the site away.
enum HTMLTitle {
    private static let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
    private static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

    static func fromDocumentTitle(_ documentTitle: String?, headings: [String]) -> String? {
        guard let original = documentTitle.flatMap(HTMLMetadataReader.clean) else {
            return headings.first.flatMap(HTMLMetadataReader.clean)
        }
        var title = original
        var hadHierarchical = false
        let characters = Array(original)
        // Separators count only with a space on each side: "Jean-Paul" is one name.
        let separatorIndices = characters.indices.filter { i in
            i > 0 && i + 1 < characters.count && characters[i - 1] == " " && characters[i + 1] == " " && separators.contains(characters[i])
        }
        if let last = separatorIndices.last, let first = separatorIndices.first {
            hadHierarchical = separatorIndices.contains { hierarchical.contains(characters[$0]) }
            title = String(characters[..<(last - 1)])
            if wordCount(title) < 3 { title = String(characters[(first + 2)...]) }
        } else if original.contains(": ") {
            let matchesHeading = headings.contains { $0.trimmingCharacters(in: .whitespaces) == original }
            if !matchesHeading, let lastColon = characters.lastIndex(of: ":"), let firstColon = characters.firstIndex(of: ":") {
                title = String(characters[(lastColon + 1)...])
                if wordCount(title) < 3 {
                    title = String(characters[(firstColon + 1)...])
                } else if wordCount(String(characters[..<firstColon])) > 5 {
                    title = original
                }
            }
        } else if original.count > 150 || original.count < 15 {
            let ones = headings.prefix(1)
            if ones.count == 1, let heading = ones.first.flatMap(HTMLMetadataReader.clean) { title = heading }
        }
        title = HTMLMetadataReader.clean(title) ?? original
        let words = wordCount(title)
        let originalWithoutSeparators = String(original.filter { !separators.contains($0) })
        if words <= 4, !hadHierarchical || words != wordCount(originalWithoutSeparators) - 1 {
            title = original
        }
        return title
    }

    private static func wordCount(_ text: String) -> Int {
        text.split { $0.isWhitespace }.count
    }
}
