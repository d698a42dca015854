extension Migrations {
    /// Each quantity's UTF-8 byte offsets in its article's body, as the extractor found them, so reports highlight
    /// the figure that was read rather than the first string that looks like it. Quantities stored before this
    /// version keep NULL (their place was never recorded); readers then find the figure in the claim's text.
    static let quantityOffsets = """
ALTER TABLE quantity ADD COLUMN start_offset INTEGER CHECK (start_offset >= 0);
ALTER TABLE quantity ADD COLUMN end_offset INTEGER CHECK (end_offset >= start_offset);
"""
}
