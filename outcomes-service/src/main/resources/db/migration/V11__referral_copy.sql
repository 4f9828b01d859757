-- Our copy of what referrals-service's change feed says about each referral (issue 20): only what decides
-- whether a referral takes measures, and nothing personal. A measure is checked against this copy instead of
-- asking referrals-service each time, once the copy has read the feed's end in a read that began after the
-- check did (outcomes-service README, "The referral check"). referrals-service stays the system of record.
CREATE TABLE referral_state (
    referral_id    uuid PRIMARY KEY,
    status         text NOT NULL,
    received_on    date NOT NULL,
    funding_stream text,
    -- once true, never false again: an erasure is final
    erased         boolean NOT NULL,
    -- when the copy first read a snapshot saying erased (that snapshot's changedAt); null while not erased
    erased_at      timestamptz,
    -- the feed position of the snapshot this row holds, and when that change was made
    position       text NOT NULL,
    changed_at     timestamptz NOT NULL
);

-- Where the copy has read the feed up to: one row, the cursor to pass as 'after' next.
CREATE TABLE referral_copy_cursor (
    id         integer PRIMARY KEY CHECK (id = 1),
    after      text,
    updated_at timestamptz
);
INSERT INTO referral_copy_cursor (id, after, updated_at) VALUES (1, NULL, NULL);
