/// A sentence of an article body, located by UTF-8 byte offsets.
public struct SentenceSpan: Equatable, Sendable {
    public var text: String
    public var startOffset: Int
    public var endOffset: Int
    /// Index of the paragraph the sentence stands in.
    public var paragraph: Int
    /// Fingerprint of the sentence's letters and digits, and their count: how exact repeats are found.
    var fingerprint: UInt64 = 0
    var letterCount = 0

    /// Equal when text, place and paragraph are: the fingerprint is derived from the text.
    public static func == (lhs: SentenceSpan, rhs: SentenceSpan) -> Bool {
        lhs.text == rhs.text && lhs.startOffset == rhs.startOffset && lhs.endOffset == rhs.endOffset && lhs.paragraph == rhs.paragraph
    }
}

/// Finds the check-worthy claims in an article body.
///
/// One pass: paragraphs (scrape residue dropped), sentences, tokens; then quantities, times, rankings,
/// comparisons, attributions and quotes; then a transparent check-worthiness score.
public struct ClaimExtractor: Sendable {
    /// What a bare "$" stands for; nil to infer it from the article's dateline (a Canadian, Australian ... dateline
    /// or a Canadian Press credit), else the US dollar.
    public var dollar: DollarCurrency?

    public init(dollar: DollarCurrency? = nil) {
        self.dollar = dollar
    }

    /// Every sentence of the body that is article text, in order: page furniture (headings, bylines, datelines,
    /// captions, credits, prompts) is left out.
    public func sentences(in body: String) -> [SentenceSpan] {
        var copy = body
        return copy.withUTF8 { bytes in
            var result: [SentenceSpan] = []
            let paragraphs = SentenceSplitter.paragraphs(bytes)
            for (paragraphIndex, paragraph) in paragraphs.enumerated() {
                let paragraphBytes = UnsafeBufferPointer(rebasing: bytes[paragraph])
                if ScrapeResidue.mayBeResidue(paragraphBytes),
                   ScrapeResidue.isResidue(String(decoding: paragraphBytes, as: UTF8.self)) {
                    continue
                }
                if PageNoise.isPrompt(paragraphBytes) { continue }
                let blocks = SentenceSplitter.lineBlocks(bytes, in: paragraph)
                for block in blocks {
                    let blockBytes = UnsafeBufferPointer(rebasing: bytes[block])
                    if PageNoise.isFurniture(blockBytes, alone: paragraphs.count == 1 && blocks.count == 1) { continue }
                    var text = block
                    if let dateline = PageNoise.dateline(blockBytes), dateline.length < block.count {
                        text = (block.lowerBound + dateline.length)..<block.upperBound
                    }
                    for range in SentenceSplitter.sentences(bytes, in: text) {
                        let slice = UnsafeBufferPointer(rebasing: bytes[range])
                        let (fingerprint, letters) = ScrapeResidue.fingerprint(slice)
                        // "1.", "2.": list numbers left alone by the splitter.
                        if letters <= 3, !slice.contains(where: { Tokenizer.isWordByte($0) }) { continue }
                        result.append(SentenceSpan(
                            text: String(decoding: slice, as: UTF8.self), startOffset: range.lowerBound, endOffset: range.upperBound,
                            paragraph: paragraphIndex, fingerprint: fingerprint, letterCount: letters
                        ))
                    }
                }
            }
            return result
        }
    }

    /// The claims in `body`, in reading order.
    public func extract(from body: String) -> [ExtractedClaim] {
        let sentences = sentences(in: body)
        let dollar = (self.dollar ?? DollarCurrency.inferred(from: body) ?? .usd).code
        let repeats = repeatedSentences(sentences)
        var context = SourceContext()
        var claims: [ExtractedClaim] = []
        var paragraph = -1
        // Quote claims whose speaker is named only later in the same quote: “... May. Most ...,” said Ruiz.
        var awaitingSpeaker: [Int] = []
        for (position, sentence) in sentences.enumerated() {
            if sentence.paragraph != paragraph {
                // A quote does not run on across paragraphs without a new opening mark.
                paragraph = sentence.paragraph
                context.insideQuote = false
                context.openQuoteSpeaker = nil
                awaitingSpeaker.removeAll()
            }
            let tokens = Tokenizer.tokens(sentence.text)
            let continuesQuote = context.insideQuote
            guard let claim = analyse(sentence, position: position, tokens: tokens, dollar: dollar, context: &context), !repeats.contains(position) else {
                if !context.insideQuote { awaitingSpeaker.removeAll() }
                continue
            }
            claims.append(claim)
            guard claim.kinds.contains(.quote) else { continue }
            if let speaker = claim.speaker, continuesQuote, !context.lastSpeakerInferred {
                for index in awaitingSpeaker { claims[index].speaker = speaker }
                awaitingSpeaker.removeAll()
            } else if claim.speaker == nil || context.lastSpeakerInferred, context.insideQuote {
                // Credited later in the same quote, or only guessed from the sentence before: a later credit wins.
                awaitingSpeaker.append(claims.count - 1)
            }
        }
        return claims
    }

    /// The check-worthiness score (0...1) of one sentence on its own, claim or not: what rankings sort by.
    public func checkWorthiness(of sentence: String) -> Double {
        reading(of: sentence).score
    }

    /// What the extractor finds in one sentence read on its own, claim or not: its kinds, quantities and score.
    /// An edited claim's text is read this way, so its kinds and quantities follow the new text.
    public func reading(of sentence: String) -> ExtractedClaim {
        let span = SentenceSpan(text: sentence, startOffset: 0, endOffset: sentence.utf8.count, paragraph: 0)
        var context = SourceContext()
        return analyse(span, position: 0, tokens: Tokenizer.tokens(sentence), context: &context, keepAll: true)
            ?? ExtractedClaim(text: sentence, position: 0, startOffset: 0, endOffset: span.endOffset, kinds: [], score: 0)
    }

    func analyse(
        _ sentence: SentenceSpan, position: Int, tokens: [Token], dollar: String = "USD", context: inout SourceContext,
        keepAll: Bool = false
    ) -> ExtractedClaim? {
        var numbers = QuantityScanner.scan(tokens, sentence: sentence.text, dollar: dollar, context: context.figures)
        for (index, range) in numbers.quantityRanges.enumerated() where index < numbers.quantities.count {
            numbers.quantities[index].startOffset = sentence.startOffset + range.lowerBound
            numbers.quantities[index].endOffset = sentence.startOffset + range.upperBound
        }
        // A figure too large for a Double (a 330-digit number) reads as infinity: no such value is ever stored.
        numbers.quantities.removeAll { !$0.value.isFinite }
        context.figures.update(with: numbers.quantities)
        let sources = SourceFinder.find(tokens, context: &context)
        var kinds = ClaimKindSet()
        for quantity in numbers.quantities {
            kinds.insert(.quantity)
            switch quantity.kind {
            case .percentage: kinds.insert(.percentage)
            case .money: kinds.insert(.money)
            case .count: kinds.insert(.count)
            case .number: break
            }
        }
        // "Thousands of people", "millions of dollars": no figure to store, but a claim of number all the same.
        if numbers.hasVagueAmount { kinds.insert(.quantity); kinds.insert(.count) }
        if !numbers.times.isEmpty { kinds.insert(.date) }
        if numbers.hasOrdinal || tokens.contains(where: isSuperlative) { kinds.insert(.ranking) }
        if tokens.contains(where: { $0.roles.contains(.comparison) }) { kinds.insert(.comparison) }
        if sources.attribution != nil { kinds.insert(.attribution) }
        if sources.hasQuote { kinds.insert(.quote) }
        guard !kinds.isEmpty || keepAll else { return nil }
        let reasons = CheckWorthiness.reasons(kinds: kinds, tokens: tokens, sentence: sentence.text)
        return ExtractedClaim(
            text: sentence.text, position: position, startOffset: sentence.startOffset, endOffset: sentence.endOffset,
            kinds: kinds.sorted, score: CheckWorthiness.score(reasons, figures: numbers.quantities.count), reasons: reasons,
            quantities: numbers.quantities, attribution: sources.attribution, speaker: sources.speaker,
            timeReferences: numbers.times, subject: sources.subject
        )
    }

    private func isSuperlative(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let w = token.lowered
        if token.roles.contains(.superlative) { return w != "most" && w != "least" && w != "top" && w != "leading" && w != "record" }
        // Byte test first: only words ending in "t" can be "-iest" superlatives.
        guard w.utf8.count > 5, w.utf8.last == 0x74 else { return false }
        return w.hasSuffix("iest") && !Lexicon.notSuperlatives.contains(w)
    }

    /// Sentences to drop because another sentence already says them: a pull quote or an exact repeat.
    private func repeatedSentences(_ sentences: [SentenceSpan]) -> Set<Int> {
        // Exact repeats by a 64-bit fingerprint of the letters and digits: no string per sentence.
        var seen = Set<UInt64>()
        var repeats = Set<Int>()
        var pulled: [(Int, String)] = []
        for (index, sentence) in sentences.enumerated() {
            if sentence.letterCount >= 12, !seen.insert(sentence.fingerprint).inserted { repeats.insert(index); continue }
            if let quote = ScrapeResidue.pullQuoteText(sentence.text) { pulled.append((index, quote)) }
        }
        // Pull quotes are rare: only for them is the body normalised and searched.
        guard !pulled.isEmpty else { return repeats }
        let normalizedAll = sentences.map { ScrapeResidue.normalized($0.text) }
        for (index, quote) in pulled {
            let needle = ScrapeResidue.normalized(quote)
            if needle.utf8.count >= 20,
               normalizedAll.indices.contains(where: { $0 != index && ByteSearch.contains(normalizedAll[$0], needle) }) {
                repeats.insert(index)
            }
        }
        return repeats
    }
}

/// The kinds found in one sentence as bits: `Set<ClaimKind>` hashed each kind's raw string on every insert and test.
struct ClaimKindSet {
    private var bits: UInt16 = 0

    private static func bit(_ kind: ClaimKind) -> UInt16 {
        switch kind {
        case .quantity: 1 << 0
        case .percentage: 1 << 1
        case .money: 1 << 2
        case .count: 1 << 3
        case .date: 1 << 4
        case .ranking: 1 << 5
        case .comparison: 1 << 6
        case .attribution: 1 << 7
        case .quote: 1 << 8
        }
    }

    mutating func insert(_ kind: ClaimKind) { bits |= Self.bit(kind) }
    func contains(_ kind: ClaimKind) -> Bool { bits & Self.bit(kind) != 0 }
    var isEmpty: Bool { bits == 0 }
    /// The kinds in `ClaimKind` order, which is how `ClaimKind` sorts.
    var sorted: [ClaimKind] { ClaimKind.allCases.filter(contains) }
}
