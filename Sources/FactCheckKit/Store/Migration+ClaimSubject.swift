extension Migrations {
    /// Who a claim is about when its sentence opens with "He", "She" or "The company" (`ExtractedClaim.subject`).
    /// Claims stored before the migration keep none: a migration does not re-read stored articles.
    static let claimSubject = """
ALTER TABLE claim ADD COLUMN subject TEXT;
"""
}
