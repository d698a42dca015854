extension Migrations {
    /// Who a claim is about when its sentence opens with "He", "She" or "The company" (`ExtractedClaim.subject`).
    /// Claims stored before have none: `match --refresh` does not re-read them, and a re-ingest of the article
    /// would (its body is unchanged, so it is refused as a duplicate).
    static let claimSubject = """
ALTER TABLE claim ADD COLUMN subject TEXT;
"""
}
