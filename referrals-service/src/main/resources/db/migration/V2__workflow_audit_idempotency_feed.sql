-- Every status change with who, when (the effective date staff gave, and the real time) and why.
CREATE TABLE status_change (
    id              uuid PRIMARY KEY,
    referral_id     uuid        NOT NULL REFERENCES referral (id),
    from_status     text,
    to_status       text        NOT NULL,
    effective_date  date        NOT NULL,
    reason          text,                  -- free text: cleared on erasure
    closure_reason  text,
    actor           text        NOT NULL,
    actor_role      text        NOT NULL,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX status_change_referral_idx ON status_change (referral_id, recorded_at);

-- Who read or changed a referral's personal data; written in the same transaction as the access.
CREATE TABLE audit_entry (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id  uuid,
    actor        text        NOT NULL,
    actor_role   text        NOT NULL,
    action       text        NOT NULL,
    at           timestamptz NOT NULL
);
CREATE INDEX audit_entry_referral_idx ON audit_entry (referral_id, at);

-- A partner's retries: the same key (scoped to the agency) and body give back the same referral.
CREATE TABLE idempotency_key (
    scope        text        NOT NULL,     -- the agency, or 'staff:<actor>' for staff entries
    key          text        NOT NULL,
    body_hash    text        NOT NULL,
    referral_id  uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);

-- The change feed. Positions come from a single-row counter taken as the last statement of the
-- writing transaction: the row lock is held until commit, so positions become visible strictly in
-- order and a reader can never move past a change that is still in flight.
CREATE TABLE feed_counter (
    id        integer PRIMARY KEY CHECK (id = 1),
    position  bigint  NOT NULL
);
INSERT INTO feed_counter (id, position) VALUES (1, 0);

CREATE TABLE referral_change (
    position     bigint      PRIMARY KEY,
    referral_id  uuid        NOT NULL,
    facts        jsonb       NOT NULL,     -- pseudonymised snapshot, see docs/feeds.md
    changed_at   timestamptz NOT NULL
);
