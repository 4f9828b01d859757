-- Imports of the charity's spreadsheets (issue 18). An import run holds its state and its report, never
-- the file: the rows are personal data and live only in memory while the run works on them.
CREATE TABLE import_run (
    id              uuid PRIMARY KEY,
    sheet           text             NOT NULL,
    commit_wanted   boolean          NOT NULL,  -- false: a dry run, which only reports
    status          text             NOT NULL,  -- RUNNING, DONE, FAILED
    progress        double precision NOT NULL,
    actor           text             NOT NULL,
    started_at      timestamptz      NOT NULL,
    finished_at     timestamptz,
    report          text                        -- JSON: counts and problems (row, column, code), never a cell's value
);

-- Each referral an import created, by the charity's own id for it. The fingerprint of the row's content
-- tells a re-import of the same row (already imported) from a changed one (a conflict).
CREATE TABLE imported_referral (
    external_ref    text        PRIMARY KEY,
    referral_id     uuid        NOT NULL UNIQUE REFERENCES referral (id),
    import_id       uuid        NOT NULL REFERENCES import_run (id),
    content_hash    text        NOT NULL,
    imported_at     timestamptz NOT NULL
);
CREATE INDEX imported_referral_import_idx ON imported_referral (import_id);
