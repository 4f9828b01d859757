-- What was delivered and whom it reached (issue 17): each referral's sessions and parents as its latest
-- feed item carries them, replaced whole whenever a newer item of the referral is synced. Codes, dates and
-- durations only: a session's note never leaves referrals-service, and no parent's name or date of birth
-- ever reaches the feed (docs/feeds.md). V6 is left to the parents' quotes.

CREATE TABLE session_fact (
    session_id        uuid PRIMARY KEY,
    referral_id       uuid    NOT NULL,
    session_date      date    NOT NULL,
    kind              text    NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    setting           text    NOT NULL CHECK (setting ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    attendance        text    NOT NULL CHECK (attendance IN ('ATTENDED', 'DID_NOT_ATTEND', 'CANCELLED_BY_FAMILY',
                                  'CANCELLED_BY_SERVICE')),
    duration_minutes  integer NOT NULL
);
CREATE INDEX session_fact_referral_idx ON session_fact (referral_id);
CREATE INDEX session_fact_date_idx ON session_fact (session_date);

-- One row per parent of a referral: the equality monitoring answers and the age band at referral.
CREATE TABLE parent_fact (
    referral_id           uuid    NOT NULL,
    position              integer NOT NULL CHECK (position IN (1, 2)),
    age_band              text    CHECK (age_band ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    ethnic_group          text    NOT NULL CHECK (ethnic_group ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    relationship_to_baby  text    NOT NULL CHECK (relationship_to_baby ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    first_time_parent     text    NOT NULL CHECK (first_time_parent ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    disability            text    NOT NULL CHECK (disability ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    needs_interpreter     text    NOT NULL CHECK (needs_interpreter ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    PRIMARY KEY (referral_id, position)
);
