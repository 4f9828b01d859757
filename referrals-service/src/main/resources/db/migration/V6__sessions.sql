-- Therapy sessions of a referral (issue 17): what was offered, to whom, where, and whether the family came.
-- The note is free text about the family: it never leaves the service (not in the feed) and erasure clears it.
CREATE TABLE therapy_session (
    id                uuid PRIMARY KEY,
    referral_id       uuid        NOT NULL REFERENCES referral (id),
    session_date      date        NOT NULL,
    duration_minutes  integer     NOT NULL CHECK (duration_minutes BETWEEN 1 AND 480),
    kind              text        NOT NULL,
    setting           text        NOT NULL,
    attendance        text        NOT NULL,
    attendees         text[]      NOT NULL,
    note              text,                   -- free text: cleared on erasure
    deleted           boolean     NOT NULL DEFAULT false,
    deletion_reason   text,                   -- free text: cleared on erasure
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           integer     NOT NULL
);
CREATE INDEX therapy_session_referral_idx ON therapy_session (referral_id, session_date);
CREATE INDEX therapy_session_date_idx ON therapy_session (session_date) WHERE NOT deleted;

-- Each version of a session that a correction or a deletion replaced, with who, when and why.
CREATE TABLE therapy_session_version (
    id                uuid PRIMARY KEY,
    session_id        uuid        NOT NULL REFERENCES therapy_session (id),
    version           integer     NOT NULL,
    session_date      date        NOT NULL,
    duration_minutes  integer     NOT NULL,
    kind              text        NOT NULL,
    setting           text        NOT NULL,
    attendance        text        NOT NULL,
    attendees         text[]      NOT NULL,
    note              text,                   -- free text: cleared on erasure
    change            text        NOT NULL,   -- CORRECTED or DELETED
    reason            text,                   -- free text: cleared on erasure
    replaced_by       text        NOT NULL,
    replaced_at       timestamptz NOT NULL
);
CREATE INDEX therapy_session_version_idx ON therapy_session_version (session_id, version);
