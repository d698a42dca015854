/// A checkable statement found in an article, with where it stands.
public struct Claim: Encodable, Equatable, Sendable {
    public var id: ClaimID
    public var articleID: ArticleID
    /// Index of the sentence in the article body (0-based).
    public var position: Int
    /// UTF-8 byte offsets of the sentence in the article body.
    public var startOffset: Int
    public var endOffset: Int
    public var text: String
    public var kinds: [ClaimKind]
    public var score: Double
    /// Why it scored as it did, each reason once; shown (and encoded) in words.
    public var reasons: [CheckWorthinessReason]
    public var status: ClaimStatus
    @NullWhenAbsent public var speaker: String?
    @NullWhenAbsent public var attribution: String?
    /// Who the sentence is about when it opens with "He", "She" or "The company", as the article named them.
    @NullWhenAbsent public var subject: String?
    /// The time the claim is about, as written ("2014", "last week").
    @NullWhenAbsent public var timeReference: String?
    /// Every time the claim is about, in order; `timeReference` is the first.
    public var timeReferences: [String]
    @NullWhenAbsent public var verdictNote: String?
    @NullWhenAbsent public var assignee: String?
    public var quantities: [Quantity]
    public var evidenceCount: Int
    public var updatedAt: String
    /// Earlier claims and published fact-checks that make this statement (stored at ingest, `match --refresh`).
    public var matches: [ClaimMatch]
    /// True when the claim's verdict no longer has the evidence its rule asks for (`VerdictRule`): its citation was
    /// withdrawn, or the verdict was forced. Flagged wherever the claim is shown; ClaimReview leaves it out.
    public var verdictUnsupported: Bool
    /// The verdict's review; nil while the claim has no verdict.
    @NullWhenAbsent public var review: ReviewState?
    /// When the verdict was published; nil unless readers can see it now.
    @NullWhenAbsent public var publishedAt: String?

    public init(
        id: ClaimID, articleID: ArticleID, position: Int, startOffset: Int, endOffset: Int, text: String,
        kinds: [ClaimKind], score: Double, reasons: [CheckWorthinessReason], status: ClaimStatus, speaker: String?,
        attribution: String?, timeReference: String?, verdictNote: String?, assignee: String?,
        quantities: [Quantity], evidenceCount: Int, updatedAt: String, verdictUnsupported: Bool = false,
        review: ReviewState? = nil, publishedAt: String? = nil,
        timeReferences: [String]? = nil, matches: [ClaimMatch] = [], subject: String? = nil
    ) {
        self.subject = subject
        self.matches = matches
        self.id = id
        self.articleID = articleID
        self.position = position
        self.startOffset = startOffset
        self.endOffset = endOffset
        self.text = text
        self.kinds = kinds
        self.score = score
        self.reasons = reasons
        self.status = status
        self.speaker = speaker
        self.attribution = attribution
        self.timeReference = timeReference
        self.timeReferences = timeReferences ?? (timeReference.map { [$0] } ?? [])
        self.verdictNote = verdictNote
        self.assignee = assignee
        self.quantities = quantities
        self.evidenceCount = evidenceCount
        self.updatedAt = updatedAt
        self.verdictUnsupported = verdictUnsupported
        self.review = review
        self.publishedAt = publishedAt
    }

    /// What the verdict lacks, in words ("lacks a supporting citation"), or nil when it has its evidence.
    public var unsupportedVerdictSummary: String? {
        verdictUnsupported ? "lacks \(VerdictRule(for: status).needs)" : nil
    }

    enum CodingKeys: String, CodingKey {
        case id, text, status, score, kinds, reasons, quantities, attribution, speaker, subject, position, assignee, review, matches
        case publishedAt = "published_at"
        case articleID = "article_id"
        case startOffset = "start_offset"
        case endOffset = "end_offset"
        case timeReference = "time_reference"
        case timeReferences = "time_references"
        case verdictNote = "verdict_note"
        case evidenceCount = "evidence_count"
        case updatedAt = "updated_at"
        case verdictUnsupported = "verdict_unsupported"
    }
}
