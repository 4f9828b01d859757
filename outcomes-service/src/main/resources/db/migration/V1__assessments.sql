-- One completed measure for one respondent in one family's episode. The referral lives in
-- referrals-service: referral_id is its id there (no foreign key across services).
CREATE TABLE assessment (
    id             uuid PRIMARY KEY,
    referral_id    uuid        NOT NULL,
    instrument     text        NOT NULL,
    timepoint      text        NOT NULL,
    respondent     text        NOT NULL,
    completed_on   date        NOT NULL,
    answers        integer[]   NOT NULL,
    total          integer,
    band           text,
    risk_flag      boolean     NOT NULL,
    deleted        boolean     NOT NULL DEFAULT false,
    recorded_by    text        NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer     NOT NULL
);

CREATE INDEX assessment_referral_idx ON assessment (referral_id, instrument, respondent, completed_on);
