/// Claims as `claims --format json` and `GET /api/claims` print them, written directly (`JSONWriter`): the same
/// bytes `JSONEncoder` gives for `[Claim]`, in a few microseconds a claim. A key added to `Claim.CodingKeys` must be
/// added here too: `ClaimJSONTests` compares the two on every claim of the golden corpus.
enum ClaimJSON {
    static func array(_ claims: [Claim]) throws(JSONOutputError) -> String {
        var out = JSONWriter(capacity: claims.count * 1_500)
        out.beginArray()
        for (index, claim) in claims.enumerated() {
            out.element(index)
            try write(claim, to: &out)
            out.done()
        }
        out.endArray()
        return out.string
    }

    /// One claim's object, keys in sorted order.
    static func write(_ c: Claim, to out: inout JSONWriter) throws(JSONOutputError) {
        out.beginObject()
        out.key("article_id"); out.integer(c.articleID.rawValue); out.done()
        out.key("assignee"); out.string(c.assignee); out.done()
        out.key("attribution"); out.string(c.attribution); out.done()
        out.key("end_offset"); out.integer(c.endOffset); out.done()
        out.key("evidence_count"); out.integer(c.evidenceCount); out.done()
        out.key("id"); out.integer(c.id.rawValue); out.done()
        out.key("kinds"); try strings(c.kinds.map(\.rawValue), to: &out); out.done()
        out.key("matches"); try array(c.matches, to: &out, write); out.done()
        out.key("position"); out.integer(c.position); out.done()
        out.key("published_at"); out.string(c.publishedAt); out.done()
        out.key("quantities"); try array(c.quantities, to: &out, write); out.done()
        out.key("reasons"); try strings(c.reasons.map(\.words), to: &out); out.done()
        out.key("review"); out.string(c.review?.rawValue); out.done()
        out.key("score"); try out.number(c.score); out.done()
        out.key("speaker"); out.string(c.speaker); out.done()
        out.key("start_offset"); out.integer(c.startOffset); out.done()
        out.key("status"); out.string(c.status.rawValue); out.done()
        out.key("subject"); out.string(c.subject); out.done()
        out.key("text"); out.string(c.text); out.done()
        out.key("time_reference"); out.string(c.timeReference); out.done()
        out.key("time_references"); try strings(c.timeReferences, to: &out); out.done()
        out.key("updated_at"); out.string(c.updatedAt); out.done()
        out.key("verdict_note"); out.string(c.verdictNote); out.done()
        out.key("verdict_unsupported"); out.bool(c.verdictUnsupported); out.done()
        out.endObject()
    }

    private static func write(_ q: Quantity, to out: inout JSONWriter) throws(JSONOutputError) {
        out.beginObject()
        out.key("kind"); out.string(q.kind.rawValue); out.done()
        out.key("qualifier"); out.string(q.qualifier); out.done()
        out.key("text"); out.string(q.text); out.done()
        out.key("unit"); out.string(q.unit); out.done()
        out.key("value"); try out.number(q.value); out.done()
        out.endObject()
    }

    /// As `ClaimMatch.encode(to:)`: a claim match names its claim, status and article; a review match its review
    /// and rating.
    private static func write(_ m: ClaimMatch, to out: inout JSONWriter) throws(JSONOutputError) {
        out.beginObject()
        switch m.target {
        case .claim(let id):
            out.key("article_id")
            if let article = m.articleID { out.integer(article.rawValue) } else { out.null() }
            out.done()
            try changes(m.changes, to: &out)
            out.key("claim_id"); out.integer(id.rawValue); out.done()
            out.key("reason"); out.string(m.reason); out.done()
            out.key("relation"); out.string(m.relation.rawValue); out.done()
            out.key("score"); try out.number((m.score * 1000).rounded() / 1000); out.done()
            out.key("status"); out.string(m.status?.rawValue); out.done()
            out.key("text"); out.string(m.text); out.done()
        case .review(let id):
            try changes(m.changes, to: &out)
            out.key("rating"); out.string(m.rating); out.done()
            out.key("reason"); out.string(m.reason); out.done()
            out.key("relation"); out.string(m.relation.rawValue); out.done()
            out.key("review_id"); out.integer(id.rawValue); out.done()
            out.key("score"); try out.number((m.score * 1000).rounded() / 1000); out.done()
            out.key("text"); out.string(m.text); out.done()
        }
        out.endObject()
    }

    private static func changes(_ changes: [FigureChange], to out: inout JSONWriter) throws(JSONOutputError) {
        out.key("changes")
        try array(changes, to: &out) { change, out in
            out.beginObject()
            out.key("from"); out.string(change.from); out.done()
            out.key("to"); out.string(change.to); out.done()
            out.endObject()
        }
        out.done()
    }

    private static func strings(_ values: [String], to out: inout JSONWriter) throws(JSONOutputError) {
        try array(values, to: &out) { value, out in out.string(value) }
    }

    /// An array of `items`, each written by `write`.
    private static func array<T>(
        _ items: [T], to out: inout JSONWriter, _ write: (T, inout JSONWriter) throws(JSONOutputError) -> Void
    ) throws(JSONOutputError) {
        out.beginArray()
        for (index, item) in items.enumerated() {
            out.element(index)
            try write(item, &out)
            out.done()
        }
        out.endArray()
    }
}
