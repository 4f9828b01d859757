-- Corrections and deletions never lose what was recorded: the assessment row holds the current
-- version, assessment_version every version it replaced, with who, when and why.
ALTER TABLE assessment
    ADD COLUMN comments       text,
    ADD COLUMN deleted_reason text,
    ADD COLUMN deleted_by     text,
    ADD COLUMN deleted_at     timestamptz,
    ADD CONSTRAINT assessment_timepoint_check CHECK (timepoint IN ('BASELINE', 'REVIEW', 'END', 'FOLLOW_UP')),
    ADD CONSTRAINT assessment_respondent_check CHECK (respondent IN ('PARENT_1', 'PARENT_2'));

CREATE TABLE assessment_version (
    id            uuid PRIMARY KEY,
    assessment_id uuid        NOT NULL REFERENCES assessment (id),
    version       integer     NOT NULL,
    timepoint     text        NOT NULL,
    respondent    text        NOT NULL,
    completed_on  date        NOT NULL,
    answers       integer[]   NOT NULL,
    comments      text,
    total         integer,
    band          text,
    risk_flag     boolean     NOT NULL,
    -- the change that replaced this version
    change        text        NOT NULL CHECK (change IN ('CORRECTED', 'DELETED')),
    reason        text        NOT NULL,
    replaced_by   text        NOT NULL,
    replaced_at   timestamptz NOT NULL,
    UNIQUE (assessment_id, version)
);
