-- The change feed for reporting-service (docs/feeds.md). Positions come from a single-row counter
-- bumped in the same transaction as the change, as its last statement: the row lock is held until
-- commit, so positions are handed out in commit order and a reader never moves past a change that
-- is still in flight (see README.md, "The change feed").
CREATE TABLE feed_position (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    last     bigint  NOT NULL
);

INSERT INTO feed_position (only_row, last) VALUES (true, 0);

-- One pseudonymised snapshot per change: no answers, no comments, no reasons (free text).
CREATE TABLE assessment_change (
    position      bigint PRIMARY KEY,
    assessment_id uuid        NOT NULL,
    referral_id   uuid        NOT NULL,
    instrument    text        NOT NULL,
    timepoint     text        NOT NULL,
    respondent    text        NOT NULL,
    completed_on  date        NOT NULL,
    total         integer,
    band          text,
    deleted       boolean     NOT NULL,
    changed_at    timestamptz NOT NULL
);
