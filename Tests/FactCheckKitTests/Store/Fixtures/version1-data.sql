-- The rows in version1.db, a database as factcheck 0.1 (schema version 1) left it.
-- Made once with: sqlite3 version1.db < (Migrations.version1) < version1-data.sql; never regenerate it with a newer schema.
INSERT INTO article (id, title, publication, author, url, published, body, body_sha256, source_path, ingested_at, ingested_by)
VALUES (1, 'Harbor bridge repairs run over budget', 'Coastal Ledger', 'Maria Okafor', 'https://example.org/bridge', '2024-03-11',
        'The repairs cost $48 million, 30 percent over budget. The council voted 7 to 2.',
        '0f5c7a3d2e1b4c6a8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e', 'articles/bridge.txt',
        '2025-06-01T09:00:00.000Z', 'maria');
INSERT INTO claim (id, article_id, position, start_offset, end_offset, text, score, reasons, status, speaker, attribution,
                   time_reference, verdict_note, assignee, updated_at)
VALUES (1, 1, 0, 0, 50, 'The repairs cost $48 million, 30 percent over budget.', 0.9, 'has a statistic', 'verified',
        NULL, NULL, NULL, 'Matches the audit, p. 4', 'priya', '2025-06-02T10:00:00.000Z'),
       (2, 1, 1, 51, 80, 'The council voted 7 to 2.', 0.6, 'has a statistic', 'unverified',
        NULL, NULL, NULL, NULL, NULL, '2025-06-01T09:00:00.000Z');
INSERT INTO claim_kind (claim_id, kind) VALUES (1, 'money'), (1, 'percentage'), (2, 'count');
INSERT INTO quantity (id, claim_id, position, text, value, unit, kind, qualifier)
VALUES (1, 1, 0, '$48 million', 48000000, 'USD', 'money', NULL), (2, 1, 1, '30 percent', 30, NULL, 'percentage', NULL);
INSERT INTO evidence (id, claim_id, url, title, publisher, quote, stance, note, editor, created_at, withdrawn_at, withdrawn_by, withdrawn_reason)
VALUES (1, 1, 'https://example.org/audit', 'Audit 2024', 'City Auditor', '$48.2 million', 'supports', 'p. 4', 'priya',
        '2025-06-02T09:30:00.000Z', NULL, NULL, NULL),
       (2, 1, 'https://example.org/dead', NULL, NULL, NULL, 'supports', NULL, 'priya',
        '2025-06-02T09:00:00.000Z', '2025-06-02T09:20:00.000Z', 'priya', 'link is dead');
INSERT INTO claim_event (id, claim_id, action, editor, at, from_value, to_value, note) VALUES
    (1, 1, 'extracted', 'maria', '2025-06-01T09:00:00.000Z', NULL, 'unverified', NULL),
    (2, 2, 'extracted', 'maria', '2025-06-01T09:00:00.000Z', NULL, 'unverified', NULL),
    (3, 1, 'evidence-added', 'priya', '2025-06-02T09:00:00.000Z', NULL, 'evidence 2: supports https://example.org/dead', NULL),
    (4, 1, 'evidence-withdrawn', 'priya', '2025-06-02T09:20:00.000Z', 'evidence 2: supports https://example.org/dead', NULL, 'link is dead'),
    (5, 1, 'evidence-added', 'priya', '2025-06-02T09:30:00.000Z', NULL, 'evidence 1: supports https://example.org/audit', 'p. 4'),
    (6, 1, 'assigned', 'maria', '2025-06-02T09:40:00.000Z', NULL, 'priya', NULL),
    (7, 1, 'status', 'priya', '2025-06-02T10:00:00.000Z', 'unverified', 'verified', 'Matches the audit, p. 4');
INSERT INTO setting (key, value) VALUES ('org.name', 'Coastal Fact Desk');
PRAGMA user_version = 1;
