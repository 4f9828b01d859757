-- A positive answer to a risk item (PHQ-9 item 9, EPDS item 10: thoughts of self-harm) opens an
-- alert that stays OPEN until a clinician acknowledges it with a note.
CREATE TABLE risk_alert (
    id              uuid PRIMARY KEY,
    assessment_id   uuid        NOT NULL REFERENCES assessment (id),
    referral_id     uuid        NOT NULL,
    instrument      text        NOT NULL,
    respondent      text        NOT NULL,
    risk_items      integer[]   NOT NULL,
    status          text        NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED')),
    raised_at       timestamptz NOT NULL,
    acknowledged_by text,
    acknowledged_at timestamptz,
    note            text,
    version         integer     NOT NULL
);

CREATE INDEX risk_alert_status_idx ON risk_alert (status, raised_at);
CREATE INDEX risk_alert_assessment_idx ON risk_alert (assessment_id);
