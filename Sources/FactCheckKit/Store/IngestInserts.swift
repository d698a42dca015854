/// The multi-row inserts an article's ingest runs, one per table below the article, kept by the store so each is
/// prepared once per row count.
final class IngestInserts {
    let claim = MultiRowInsert("""
        INSERT INTO claim (id, article_id, position, start_offset, end_offset, text, score, reasons, status,
                           speaker, attribution, time_reference, updated_at, subject, kinds)
        """, row: "(?, ?, ?, ?, ?, ?, ?, ?, 'unverified', ?, ?, ?, ?, ?, ?)", maxRows: 32)
    let time = MultiRowInsert("INSERT INTO claim_time (claim_id, position, text)", row: "(?, ?, ?)", maxRows: 32)
    let quantity = MultiRowInsert("""
        INSERT INTO quantity (claim_id, position, text, value, unit, kind, qualifier, start_offset, end_offset)
        """, row: "(?, ?, ?, ?, ?, ?, ?, ?, ?)", maxRows: 32)
}
