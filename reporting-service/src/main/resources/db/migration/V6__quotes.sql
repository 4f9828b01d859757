-- Issue 16: the quotes a manager approved from parents' feedback in outcomes-service, as its quotes feed
-- delivers them (docs/feeds.md). The one piece of free text in this database, and only in this table: words a
-- parent agreed may be quoted anonymously to funders, de-identified by a manager. Only what is approved now is
-- kept: a quote withdrawn, or whose family's data was erased, is deleted when the feed says so. Nothing here
-- links a quote to a family: no referral or assessment id, no day (the month of the feedback only).
CREATE TABLE quote_fact (
    quote_id         uuid PRIMARY KEY,
    feed_position    text        NOT NULL,
    text             text        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 1000),
    funding_streams  text[]      NOT NULL CHECK (cardinality(funding_streams) >= 1),
    month            date        NOT NULL CHECK (extract(day FROM month) = 1),
    changed_at       timestamptz NOT NULL,
    synced_at        timestamptz NOT NULL
);
CREATE INDEX quote_fact_month_idx ON quote_fact (month);

INSERT INTO feed_cursor (feed) VALUES ('quotes');
