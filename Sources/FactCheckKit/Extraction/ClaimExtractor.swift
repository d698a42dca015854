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
        var result: [SentenceSpan] = []
        result.reserveCapacity(body.utf8.count / 100 + 4)  // a sentence every hundred bytes or so: seldom grown
        forEachSentence(in: body) { result.append($0); return true }
        return result
    }

    /// Which sentences `forEachSentence` builds the text of; the others come with an empty `text`.
    enum SentenceTexts {
        case all
        /// Only sentences that open with a quotation mark: what the pull-quote search reads.
        case quoteOpening
    }

    /// Hands every sentence of `sentences(in:)` to `visit`, in order, without keeping them: a huge article's
    /// sentences never all sit in memory. Stops when `visit` returns false.
    func forEachSentence(in body: String, texts: SentenceTexts = .all, _ visit: (SentenceSpan) -> Bool) {
        var copy = body
        copy.withUTF8 { bytes in
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
                        let wanted = texts == .all || slice.first.map(ScrapeResidue.mayOpenQuote) == true
                        let span = SentenceSpan(
                            text: wanted ? String(decoding: slice, as: UTF8.self) : "", startOffset: range.lowerBound,
                            endOffset: range.upperBound, paragraph: paragraphIndex, fingerprint: fingerprint, letterCount: letters
                        )
                        if !visit(span) { return }
                    }
                }
            }
        }
    }

    /// The claims in `body`, in reading order.
    /// `title` is the article's headline: the organisation it is about stands for "the group" or "it" in the body
    /// until the body names one (`SourceFinder.headlineOrganisation`).
    public func extract(from body: String, title: String? = nil) -> [ExtractedClaim] {
        let sentences = sentences(in: body)
        var claims: [ExtractedClaim] = []
        extract(from: body, title: title, chunk: .max, sentences: .list(sentences), emit: { claims = $0; return true })
        return claims
    }

    /// The claims in `body`, in reading order, the same as `extract(from:)`, handed to `emit` a run of about
    /// `chunk` at a time as soon as no later sentence can change them (a quote's speaker named later in it).
    /// Sentences are read twice and never kept, and `emit` may store and drop each run: what a huge article needs
    /// so that neither its sentences nor its claims ever all sit in memory. An error from `emit` stops the
    /// extraction and is thrown.
    public func extract<E: Error>(
        from body: String, title: String? = nil, chunk: Int, emit: ([ExtractedClaim]) throws(E) -> Void
    ) throws(E) {
        var failure: E?
        extract(from: body, title: title, chunk: max(1, chunk), sentences: .walked(body)) { claims in
            do throws(E) { try emit(claims) } catch { failure = error }
            return failure == nil
        }
        if let failure { throw failure }
    }

    /// The article's sentences, held in a list or walked from the body each time they are needed.
    enum SentenceSource {
        case list([SentenceSpan])
        case walked(String)

        /// Hands the sentences to `visit` in order until it returns false; with `.quoteOpening`, only the texts
        /// of sentences that open with a quotation mark need be there.
        func walk(_ extractor: ClaimExtractor, texts: SentenceTexts, _ visit: (SentenceSpan) -> Bool) {
            switch self {
            case .list(let sentences):
                for sentence in sentences where !visit(sentence) { return }
            case .walked(let body):
                extractor.forEachSentence(in: body, texts: texts, visit)
            }
        }
    }

    /// The first quotation mark of the paragraph that starts at byte `start` of `body` closes a quote: a "”", or a
    /// straight mark after a letter or stop and before a space or the line's end. Nil-safe on any offset.
    static func closesQuoteFirst(_ body: String, from start: Int) -> Bool {
        var body = body
        return body.withUTF8 { bytes in
            guard start >= 0, start < bytes.count else { return false }
            var i = start
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A, i + 1 < bytes.count, bytes[i + 1] == 0x0A { return false }  // the paragraph ends
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                    if bytes[i + 2] == 0x9C { return false }  // “ opens
                    if bytes[i + 2] == 0x9D { return true }  // ” closes
                }
                if b == 0x22 {
                    let after = i + 1 < bytes.count ? bytes[i + 1] : 0x0A
                    let before = i > start ? bytes[i - 1] : 0x20
                    return before != 0x20 && before != 0x0A && (after == 0x20 || after == 0x0A || after == 0x0D)
                }
                i += 1
            }
            return false
        }
    }

    /// The one extraction loop behind both `extract` forms; `emit` returns false to stop it.
    private func extract(
        from body: String, title: String?, chunk: Int, sentences: SentenceSource, emit: ([ExtractedClaim]) -> Bool
    ) {
        let dollar = (self.dollar ?? DollarCurrency.inferred(from: body) ?? .usd).code
        let pulled = repeatedPullQuotes(sentences)
        // Sized for an article of a few hundred sentences: the set would otherwise be rebuilt as it doubles.
        var seen = Set<UInt64>(minimumCapacity: 256)
        var context = SourceContext()
        if let organisation = title.flatMap(SourceFinder.headlineOrganisation) { context.lastOrganisation = organisation }
        var claims: [ExtractedClaim] = []
        var paragraph = -1
        var position = 0
        // Quote claims whose speaker is named only later in the same quote: “... May. Most ...,” said Ruiz.
        var awaitingSpeaker: [Int] = []
        var stopped = false
        sentences.walk(self, texts: .all) { sentence in
            defer { position += 1 }
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                context.paragraphOpeningSpeaker = context.lastCredited
                // A quote does not run on across paragraphs without a new opening mark, unless the paragraph closes
                // the quote the last one left open before opening any ("... said, “We learned a lot. ¶ It was a very
                // emotional day.”": the opening mark of the second paragraph lost).
                if !(context.insideQuote && Self.closesQuoteFirst(body, from: sentence.startOffset)) {
                    context.insideQuote = false
                    context.openQuoteSpeaker = nil
                    awaitingSpeaker.removeAll()
                }
            }
            // Exact repeats by a 64-bit fingerprint of the letters and digits: no string per sentence.
            let repeated = sentence.letterCount >= 12 && !seen.insert(sentence.fingerprint).inserted
            let tokens = Tokenizer.tokens(sentence.text)
            let continuesQuote = context.insideQuote
            guard let claim = analyse(sentence, position: position, tokens: tokens, dollar: dollar, context: &context),
                  !repeated, !pulled.contains(position) else {
                if !context.insideQuote { awaitingSpeaker.removeAll() }
                return true
            }
            claims.append(claim)
            if claim.kinds.contains(.quote) {
                if let speaker = claim.speaker, continuesQuote, !context.lastSpeakerInferred {
                    for index in awaitingSpeaker { claims[index].speaker = speaker }
                    awaitingSpeaker.removeAll()
                } else if claim.speaker == nil || context.lastSpeakerInferred, context.insideQuote {
                    // Credited later in the same quote, or only guessed from the sentence before: a later credit wins.
                    awaitingSpeaker.append(claims.count - 1)
                }
            }
            // No later sentence changes a claim once none awaits its speaker.
            if claims.count >= chunk, awaitingSpeaker.isEmpty {
                stopped = !emit(claims)
                claims.removeAll(keepingCapacity: true)
                return !stopped
            }
            return true
        }
        if !claims.isEmpty, !stopped { _ = emit(claims) }
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
        if numbers.hasOrdinal || tokens.contains(where: Self.isSuperlative) { kinds.insert(.ranking) }
        if tokens.contains(where: { $0.roles.contains(.comparison) })
            || (!numbers.quantities.isEmpty && tokens.contains(where: { $0.roles.contains(.figureMove) }))
            || Sufficiency.isShortfall(tokens) {
            kinds.insert(.comparison)
        }
        if sources.attribution != nil { kinds.insert(.attribution) }
        if sources.hasQuote { kinds.insert(.quote) }
        guard !kinds.isEmpty || keepAll else { return nil }
        let reasons = CheckWorthiness.reasons(kinds: kinds, tokens: tokens, sentence: sentence.text, sources: sources)
        return ExtractedClaim(
            text: sentence.text, position: position, startOffset: sentence.startOffset, endOffset: sentence.endOffset,
            kinds: kinds.sorted, score: CheckWorthiness.score(reasons, figures: numbers.quantities.count), reasons: reasons,
            quantities: numbers.quantities, attribution: sources.attribution, speaker: sources.speaker,
            timeReferences: numbers.times, subject: sources.subject
        )
    }

    static func isSuperlative(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let w = token.lowered
        if token.roles.contains(.superlative) { return w != "most" && w != "least" && w != "top" && w != "leading" && w != "record" }
        // Byte test first: only words ending in "t" can be "-iest" superlatives.
        guard w.utf8.count > 5, w.utf8.last == 0x74 else { return false }
        return w.hasSuffix("iest") && !Lexicon.notSuperlatives.contains(w)
    }

    /// Pull quotes to drop because another sentence of the article already says them. Pull quotes are rare: only
    /// when there is one are the sentences walked again, each normalised and searched.
    private func repeatedPullQuotes(_ sentences: SentenceSource) -> Set<Int> {
        var pulled: [(position: Int, needle: String)] = []
        var position = 0
        sentences.walk(self, texts: .quoteOpening) { sentence in
            if let quote = ScrapeResidue.pullQuoteText(sentence.text) {
                let needle = ScrapeResidue.normalized(quote)
                if needle.utf8.count >= 20 { pulled.append((position, needle)) }
            }
            position += 1
            return true
        }
        guard !pulled.isEmpty else { return [] }
        var repeats = Set<Int>()
        position = 0
        sentences.walk(self, texts: .all) { sentence in
            let normalized = ScrapeResidue.normalized(sentence.text)
            for quote in pulled where quote.position != position && !repeats.contains(quote.position) {
                if ByteSearch.contains(normalized, quote.needle) { repeats.insert(quote.position) }
            }
            position += 1
            return repeats.count < pulled.count
        }
        return repeats
    }
}

/// The kinds found in one sentence as bits (`ClaimKind.bit`, as stored): `Set<ClaimKind>` hashed each kind's raw
/// string on every insert and test.
struct ClaimKindSet {
    private var bits: Int64 = 0

    mutating func insert(_ kind: ClaimKind) { bits |= kind.bit }
    func contains(_ kind: ClaimKind) -> Bool { bits & kind.bit != 0 }
    var isEmpty: Bool { bits == 0 }
    /// The kinds in `ClaimKind` order, which is how `ClaimKind` sorts.
    var sorted: [ClaimKind] { ClaimKind.kinds(fromBits: bits) }
}
