-- A referral is one family's episode of care. Personal data sits in clearly named columns (and in
-- referral_parent) so that erasure can clear exactly those and keep the pseudonymised facts.
CREATE SEQUENCE referral_reference_seq;

CREATE TABLE referral (
    id                    uuid PRIMARY KEY,
    reference             text        NOT NULL UNIQUE,
    agency_id             text,                       -- from the partner's token; null when staff entered it
    source_type           text        NOT NULL,
    status                text        NOT NULL,
    received_on           date        NOT NULL,
    status_changed_on     date        NOT NULL,
    area                  text,                       -- postcode district only, e.g. OX11
    eligible              boolean     NOT NULL,
    eligibility_reasons   text[]      NOT NULL,
    possible_duplicate    boolean     NOT NULL,
    pregnant              boolean     NOT NULL,
    baby_age_months       integer,                    -- at referral; null while pregnant
    funding_stream        text,
    allocated_therapist   text,
    accepted_on           date,
    declined_on           date,
    redirected_on         date,
    waiting_on            date,
    first_session_on      date,
    closed_on             date,
    closure_reason        text,
    concerns              text[]      NOT NULL,
    -- personal data, cleared on erasure
    baby_date_of_birth    date,
    baby_due_date         date,
    details               text,
    consent_given         boolean,
    consent_date          date,
    referrer_name         text,
    referrer_role         text,
    referrer_organisation text,
    referrer_email        text,
    referrer_phone        text,
    erased_at             timestamptz,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               integer     NOT NULL
);

CREATE INDEX referral_agency_idx ON referral (agency_id, received_on DESC);
CREATE INDEX referral_status_idx ON referral (status);

CREATE TABLE referral_parent (
    id             uuid PRIMARY KEY,
    referral_id    uuid    NOT NULL REFERENCES referral (id),
    position       integer NOT NULL,
    given_name     text,
    family_name    text,
    date_of_birth  date,
    nhs_number     text,
    postcode       text,
    phone          text,
    email          text,
    UNIQUE (referral_id, position)
);

CREATE INDEX referral_parent_nhs_idx ON referral_parent (nhs_number);
CREATE INDEX referral_parent_name_idx ON referral_parent (lower(family_name), date_of_birth);
