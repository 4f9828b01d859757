-- Each session an import created (issue 18, the sessions sheet), under the row's identity: the family's
-- externalRef, the session's date and kind, and the row's place among the file's rows with that same
-- externalRef, date and kind (1 for the first). The fingerprint of the row's content (setting, attendance,
-- duration, codes and numbers only) tells a re-import of the same row (already imported) from a changed one
-- (a conflict).
CREATE TABLE imported_session (
    external_ref    text        NOT NULL,
    session_date    date        NOT NULL,
    kind            text        NOT NULL,
    occurrence      integer     NOT NULL CHECK (occurrence >= 1),
    session_id      uuid        NOT NULL UNIQUE REFERENCES therapy_session (id),
    import_id       uuid        NOT NULL REFERENCES import_run (id),
    content_hash    text        NOT NULL,
    imported_at     timestamptz NOT NULL,
    PRIMARY KEY (external_ref, session_date, kind, occurrence)
);
CREATE INDEX imported_session_import_idx ON imported_session (import_id);
