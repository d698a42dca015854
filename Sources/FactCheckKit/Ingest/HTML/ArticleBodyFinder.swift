/// Finds the article in a page, in the manner of Mozilla's Readability: drop what is plainly not the article
/// (navigation, asides, banners, dialogs, hidden boxes), score every paragraph by its length and commas and give the
/// score to its parent and grandparent, pick the best-scoring container (discounted by how much of it is links),
/// add siblings that score nearly as well, then clean out boxes inside it that look like teasers or share bars.
struct ArticleBodyFinder {
    /// The passes retry with fewer rules when the article found is shorter than this many characters.
    static let minimumLength = 500

    struct Flags: OptionSet {
        let rawValue: Int
        static let stripUnlikely = Flags(rawValue: 1)
        static let weightClasses = Flags(rawValue: 2)
        static let cleanConditionally = Flags(rawValue: 4)
        static let all: Flags = [.stripUnlikely, .weightClasses, .cleanConditionally]
    }

    /// The title the page gives, so a heading that repeats it is not repeated in the body.
    var title: String?

    /// The article body as paragraphs, and the byline found in the page's markup if any.
    func find(in bytes: [UInt8]) -> (body: String, byline: String?) {
        var best: (body: String, byline: String?)?
        for flags in [Flags.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []] {
            let root = HTMLTreeBuilder.parse(bytes)
            let attempt = grab(root, flags: flags)
            if attempt.body.count >= Self.minimumLength { return attempt }
            if best == nil || attempt.body.count > best!.body.count { best = attempt }
        }
        return best ?? ("", nil)
    }

    private func grab(_ root: HTMLNode, flags: Flags) -> (body: String, byline: String?) {
        var byline: String?
        var toScore: [HTMLNode] = []
        var bodyNode: HTMLNode?
        var seenTitleHeading = false
        root.walk { node in
            guard !node.isText else { return false }
            if node.name == "body" { bodyNode = node }
            if Self.dropAlways.contains(node.name) || Self.isHidden(node) {
                node.isDropped = true
                return false
            }
            let match = node.classAndID
            if Self.isByline(node) {
                let text = node.plainText
                if byline == nil, !text.isEmpty, text.count < 100, !Self.isOnlyDate(text) {
                    byline = text
                    node.isDropped = true
                    return false
                }
                // A dateline is the page's metadata, not a sentence of the article.
                if Self.isOnlyDate(text) {
                    node.isDropped = true
                    return false
                }
            }
            if !seenTitleHeading, node.name == "h1" || node.name == "h2", let title, Self.similarity(title, node.plainText) > 0.75 {
                seenTitleHeading = true
                node.isDropped = true
                return false
            }
            if flags.contains(.stripUnlikely) {
                let unlikely = Self.contains(match, any: Self.unlikelyCandidates) && !Self.contains(match, any: Self.maybeCandidates)
                if unlikely, node.name != "body", node.name != "a", !Self.hasAncestor(node, in: ["table", "code"]) {
                    node.isDropped = true
                    return false
                }
                if let role = node.attributes["role"], Self.unlikelyRoles.contains(role) {
                    node.isDropped = true
                    return false
                }
            }
            if ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"].contains(node.name), Self.isEmpty(node) {
                node.isDropped = true
                return false
            }
            if Self.scoredElements.contains(node.name) {
                toScore.append(node)
            } else if node.name == "div" {
                if !Self.hasBlockChild(node) {
                    toScore.append(node)  // a div of text is a paragraph
                } else {
                    Self.wrapInlineRuns(of: node)  // its loose text becomes paragraphs, scored when the walk reaches them
                }
            }
            return true
        }

        var candidates: [HTMLNode] = []
        for element in toScore {
            guard let parent = element.parent, !parent.isDropped else { continue }
            let text = element.plainText
            guard text.count >= 25 else { continue }
            var score = 1.0 + Double(Self.commaCount(text))
            score += min(Double(text.count / 100), 3)
            let ancestors = element.ancestors(limit: 5)
            for (level, ancestor) in ancestors.enumerated() where ancestor.name != "#document" && ancestor.parent != nil {
                if ancestor.contentScore == nil {
                    ancestor.contentScore = initialScore(ancestor, flags: flags)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                ancestor.contentScore! += score / divider
            }
        }
        for candidate in candidates {
            candidate.contentScore! *= 1 - Self.linkDensity(candidate)
        }
        let ranked = candidates.sorted { $0.contentScore! > $1.contentScore! }
        guard var top = ranked.first, top.name != "body" else {
            let container = bodyNode ?? root
            if flags.contains(.cleanConditionally) { clean(container, flags: flags) }
            return (HTMLText.paragraphs(of: [container]), byline)
        }
        top = promoted(top, ranked: ranked)
        var parts: [HTMLNode] = [top]
        if let parent = top.parent {
            parts = siblings(of: top, in: parent)
        }
        for part in parts where flags.contains(.cleanConditionally) { clean(part, flags: flags) }
        return (HTMLText.paragraphs(of: parts), byline)
    }

    /// Readability's starting score for a container, by its element and its class names.
    private func initialScore(_ node: HTMLNode, flags: Flags) -> Double {
        var score: Double
        switch node.name {
        case "div": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        return score + (flags.contains(.weightClasses) ? Self.classWeight(node) : 0)
    }

    /// A better container when several strong candidates share an ancestor, or when the parent scores higher.
    private func promoted(_ start: HTMLNode, ranked: [HTMLNode]) -> HTMLNode {
        var top = start
        let topScore = top.contentScore ?? 0
        let alternatives = ranked.dropFirst().prefix(4).filter { ($0.contentScore ?? 0) / topScore >= 0.75 }
        if alternatives.count >= 3 {
            var parent = top.parent
            while let current = parent, current.name != "body", current.name != "#document" {
                let containing = alternatives.filter { Self.isAncestor(current, of: $0) }.count
                if containing >= 3 {
                    top = current
                    break
                }
                parent = current.parent
            }
        }
        if top.contentScore == nil { top.contentScore = 0 }
        var parent = top.parent
        var lastScore = top.contentScore ?? 0
        let threshold = lastScore / 3
        while let current = parent, current.name != "body", current.name != "#document" {
            guard let score = current.contentScore else {
                parent = current.parent
                continue
            }
            if score < threshold { break }
            if score > lastScore {
                top = current
                break
            }
            lastScore = score
            parent = current.parent
        }
        // A container that is its parent's only child is as good as its parent.
        while let parent = top.parent, parent.name != "body", parent.name != "#document",
              parent.children.filter({ !$0.isText }).count == 1 {
            top = parent
        }
        return top
    }

    /// The top candidate with the siblings that look like more of the same article.
    private func siblings(of top: HTMLNode, in parent: HTMLNode) -> [HTMLNode] {
        let topScore = top.contentScore ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = top.attributes["class"] ?? ""
        var parts: [HTMLNode] = []
        for sibling in parent.children where !sibling.isDropped {
            if sibling === top {
                parts.append(sibling)
                continue
            }
            guard !sibling.isText else { continue }
            var bonus = 0.0
            if !topClass.isEmpty, sibling.attributes["class"] == topClass { bonus = topScore * 0.2 }
            if let score = sibling.contentScore, score + bonus >= threshold {
                parts.append(sibling)
            } else if sibling.name == "p" {
                let text = sibling.plainText
                let density = Self.linkDensity(sibling)
                if text.count > 80, density < 0.25 {
                    parts.append(sibling)
                } else if text.count > 0, text.count < 80, density == 0, Self.endsSentence(text) {
                    parts.append(sibling)
                }
            }
        }
        return parts
    }

    /// Drops boxes inside the article that look like anything but article text.
    private func clean(_ container: HTMLNode, flags: Flags) {
        container.walk { node in
            guard !node.isText, !node.isDropped else { return false }
            if Self.removedInArticle.contains(node.name) {
                node.isDropped = true
                return false
            }
            if Self.contains(node.classAndID, any: ["share", "sharedaddy"]), node.plainText.count < 500 {
                node.isDropped = true
                return false
            }
            if ["h1", "h2"].contains(node.name), flags.contains(.weightClasses), Self.classWeight(node) < 0 {
                node.isDropped = true
                return false
            }
            return true
        }
        // Conditional cleaning goes innermost first, as Readability's does, so an outer box is judged without them.
        var conditional: [HTMLNode] = []
        container.walk { node in
            guard !node.isText, !node.isDropped else { return false }
            if Self.conditionallyCleaned.contains(node.name) { conditional.append(node) }
            return true
        }
        for node in conditional.reversed() where shouldRemove(node, flags: flags) {
            node.isDropped = true
        }
    }

    /// Readability's `_cleanConditionally`: a box with few commas that is mostly links, pictures, list items or
    /// form fields is not article text.
    private func shouldRemove(_ node: HTMLNode, flags: Flags) -> Bool {
        if node.name == "table", Self.isDataTable(node) { return false }
        if Self.hasAncestor(node, in: ["code"]) { return false }
        let weight = flags.contains(.weightClasses) ? Self.classWeight(node) : 0
        if weight + (node.contentScore ?? 0) < 0 { return true }
        let text = node.plainText
        guard Self.commaCount(text) < 10 else { return false }
        var paragraphs = 0, images = 0, items = -100, inputs = 0, embeds = 0, headingLength = 0
        node.walk { child in
            guard !child.isDropped else { return false }
            switch child.name {
            case "p": paragraphs += 1
            case "img": images += 1
            case "li": items += 1
            case "input": inputs += 1
            case "embed", "object", "iframe": embeds += 1
            case "h1", "h2", "h3", "h4", "h5", "h6": headingLength += child.plainText.count
            default: break
            }
            return true
        }
        var isList = node.name == "ul" || node.name == "ol"
        if !isList {
            var listLength = 0
            node.walk { child in
                if child.name == "ul" || child.name == "ol" {
                    listLength += child.plainText.count
                    return false
                }
                return !child.isDropped
            }
            isList = !text.isEmpty && Double(listLength) / Double(text.count) > 0.9
        }
        let length = text.count
        let density = Self.linkDensity(node)
        let headingDensity = length == 0 ? 0 : Double(headingLength) / Double(length)
        let inFigure = Self.hasAncestor(node, in: ["figure"])
        if images > 1, Double(paragraphs) / Double(images) < 0.5, !inFigure { return true }
        if !isList, items > paragraphs { return true }
        if Double(inputs) > Double(paragraphs / 3) { return true }
        if !isList, headingDensity < 0.9, length < 25, images == 0 || images > 2, !inFigure { return true }
        if !isList, weight < 25, density > 0.2 { return true }
        if weight >= 25, density > 0.5 { return true }
        if (embeds == 1 && length < 75) || embeds > 1 { return true }
        return false
    }
}
