-- Where each change feed has been read up to. The cursor is written in the same transaction as
-- the rows it covers, so a crash at any point resumes without a gap or a duplicate.
CREATE TABLE feed_cursor (
    feed             text PRIMARY KEY,
    cursor           text,
    last_success_at  timestamptz,
    last_attempt_at  timestamptz,
    last_error       text,
    version          integer NOT NULL DEFAULT 0
);

INSERT INTO feed_cursor (feed) VALUES ('referrals'), ('assessments');
