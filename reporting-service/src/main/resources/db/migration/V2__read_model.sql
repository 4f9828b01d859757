-- The pseudonymised read model: one row per referral and per assessment, as the latest snapshot
-- the feeds delivered (docs/feeds.md). Nothing personal: codes, dates of events, scores. No
-- free-text column may ever be added here (docs/design.md, security model).
--
-- No foreign key from assessments to referrals: the two feeds are read independently, so an
-- assessment may arrive before its referral. Reports join them; an assessment whose referral has
-- not arrived yet simply counts nowhere until it does.

CREATE TABLE referral_fact (
    referral_id       uuid PRIMARY KEY,
    feed_position     text        NOT NULL,   -- the feed item this row was last written from
    received_on       date        NOT NULL,
    source_type       text        NOT NULL CHECK (source_type IN ('HEALTH_VISITOR', 'MIDWIFE', 'GP',
                                      'PERINATAL_MENTAL_HEALTH', 'SOCIAL_CARE', 'OTHER', 'SELF')),
    agency_id         text,
    area              text        CHECK (area ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?$'),  -- postcode district only
    eligible          boolean     NOT NULL,
    pregnant          boolean     NOT NULL,
    baby_age_months   integer,
    funding_stream    text,
    status            text        NOT NULL CHECK (status IN ('RECEIVED', 'ACCEPTED', 'DECLINED', 'REDIRECTED',
                                      'WAITING', 'IN_THERAPY', 'CLOSED')),
    accepted_on       date,
    declined_on       date,
    redirected_on     date,
    waiting_on        date,
    first_session_on  date,
    closed_on         date,
    closure_reason    text        CHECK (closure_reason IN ('COMPLETED', 'DID_NOT_ENGAGE', 'MOVED_AWAY',
                                      'REFERRED_ON', 'OTHER')),
    erased            boolean     NOT NULL,
    changed_at        timestamptz NOT NULL,
    synced_at         timestamptz NOT NULL
);
CREATE INDEX referral_fact_received_idx ON referral_fact (received_on);
CREATE INDEX referral_fact_closed_idx ON referral_fact (closed_on) WHERE status = 'CLOSED';
CREATE INDEX referral_fact_first_session_idx ON referral_fact (first_session_on);

CREATE TABLE assessment_fact (
    assessment_id  uuid PRIMARY KEY,
    feed_position  text        NOT NULL,
    referral_id    uuid        NOT NULL,
    instrument     text        NOT NULL CHECK (instrument IN ('PHQ9', 'GAD7', 'EPDS', 'PIRGAS', 'SATISFACTION')),
    timepoint      text        NOT NULL CHECK (timepoint IN ('BASELINE', 'REVIEW', 'END', 'FOLLOW_UP')),
    respondent     text        NOT NULL CHECK (respondent IN ('PARENT_1', 'PARENT_2')),
    completed_on   date        NOT NULL,
    total          integer,
    band           text        CHECK (length(band) <= 40),  -- a band label, never free text
    deleted        boolean     NOT NULL,
    changed_at     timestamptz NOT NULL,
    synced_at      timestamptz NOT NULL
);
CREATE INDEX assessment_fact_episode_idx ON assessment_fact (referral_id, instrument, respondent);
