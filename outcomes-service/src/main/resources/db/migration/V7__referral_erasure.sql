-- Referrals whose personal data referrals-service (the system of record) has erased, and whose
-- free text we have cleared here too. Checked before every new measure, correction, deletion or
-- acknowledgement: an erased referral takes no new data. Scores, dates, bands and flags stay,
-- because the figures funders are given are computed from them.
CREATE TABLE erased_referral (
    referral_id  uuid PRIMARY KEY,
    -- when referrals-service erased it, as it told us (null if it did not say)
    erased_at    timestamptz,
    -- when we first cleared our copy
    applied_at   timestamptz NOT NULL,
    -- when referrals-service took our confirmation; null until it has
    confirmed_at timestamptz
);

-- An erasure clears why a version was replaced, as it clears every other piece of free text.
ALTER TABLE assessment_version ALTER COLUMN reason DROP NOT NULL;
