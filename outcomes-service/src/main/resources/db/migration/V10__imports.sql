-- Imports of the charity's spreadsheets, the measures sheet (issue 18). An import run holds its state and
-- its report, never the file: the rows live only in memory while the run works on them. The same table as
-- referrals-service's import_run (the platform's import runner writes both).
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

-- Each assessment an import created, under the row's key: the charity's id for the family and which
-- measure it is. The fingerprint of the row's content tells a re-import of the same row (already imported)
-- from a changed one (a conflict).
CREATE TABLE imported_assessment (
    external_ref    text        NOT NULL,
    instrument      text        NOT NULL,
    timepoint       text        NOT NULL,
    respondent      text        NOT NULL,
    assessment_id   uuid        NOT NULL UNIQUE REFERENCES assessment (id),
    import_id       uuid        NOT NULL REFERENCES import_run (id),
    content_hash    text        NOT NULL,
    imported_at     timestamptz NOT NULL,
    PRIMARY KEY (external_ref, instrument, timepoint, respondent)
);
CREATE INDEX imported_assessment_import_idx ON imported_assessment (import_id);

-- Old records often kept only a measure's total: such a measure has its total, band and paired outcomes,
-- no item answers, and a risk flag that is unknown (NULL), since the risk items were never kept.
ALTER TABLE assessment ALTER COLUMN answers DROP NOT NULL;
ALTER TABLE assessment ALTER COLUMN risk_flag DROP NOT NULL;
ALTER TABLE assessment_version ALTER COLUMN answers DROP NOT NULL;
ALTER TABLE assessment_version ALTER COLUMN risk_flag DROP NOT NULL;
