/// Where each quantity of a claim stands in the text a report shows, so it can be marked.
///
/// The stored offsets say which occurrence of a figure's text was read ("12" in "12 bridges", not the "12" of
/// "2012" before it). Reports show the claim's text through a transformation (Markdown folds it to one line), so
/// the offsets are turned into "skip this many earlier matches" and applied to the shown text. A quantity with no
/// offsets (stored before they were kept), or whose offsets no longer fit an edited claim, is the next match.
enum QuantityMarks {
    /// `shown` cut into (text before, quantity text) pairs and the rest; `original` is the claim's stored text,
    /// which starts at byte `claimStart` of the body and of which `shown` is a whitespace-folded form.
    static func split(
        shown: String, original: String, claimStart: Int, quantities: [Quantity]
    ) -> (marks: [(before: Substring, figure: Substring)], rest: Substring) {
        var marks: [(before: Substring, figure: Substring)] = []
        var rest = Substring(shown)
        var originalRest = Substring(original)
        let originalBytes = original.utf8
        for quantity in quantities where !quantity.text.isEmpty {
            var skip = 0
            if let range = quantity.byteRange(inClaimText: original, startingAt: claimStart) {
                let target = originalBytes.index(originalBytes.startIndex, offsetBy: range.lowerBound)
                if target >= originalRest.startIndex {
                    // Earlier matches of the same text between the previous mark and the figure itself.
                    var search = originalRest
                    while let found = search.range(of: quantity.text), found.lowerBound < target {
                        skip += 1
                        search = search[found.upperBound...]
                    }
                }
            }
            guard let shownRange = nthRange(of: quantity.text, in: rest, skipping: skip),
                  let originalRange = nthRange(of: quantity.text, in: originalRest, skipping: skip) else { continue }
            marks.append((rest[..<shownRange.lowerBound], rest[shownRange]))
            rest = rest[shownRange.upperBound...]
            originalRest = originalRest[originalRange.upperBound...]
        }
        return (marks, rest)
    }

    private static func nthRange(of text: String, in string: Substring, skipping skip: Int) -> Range<Substring.Index>? {
        var search = string
        for _ in 0..<skip {
            guard let found = search.range(of: text) else { return nil }
            search = search[found.upperBound...]
        }
        return search.range(of: text)
    }
}
