-- The outcome rules of each instrument with paired scores, as outcomes-service's catalogue
-- (GET /api/v1/instruments) last gave them: which way is better, the caseness cut-off, the reliable
-- change and the meaningful change. reports/outcomes.sql takes every threshold from here, so a threshold
-- is changed in the catalogue and nowhere else (docs/design.md, outcome definitions; decision 0002).
-- Replaced whole by every sync, in one transaction; a catalogue that lacks a rule the reports need is
-- refused and the rules before it stay. Until the first sync the table is empty and a report answers
-- 503 rules-not-synced rather than count with no rules.
CREATE TABLE instrument_rule (
    instrument        text PRIMARY KEY CHECK (instrument ~ '^[A-Z0-9_]{1,20}$'),
    name              text        NOT NULL CHECK (length(name) <= 200),
    direction         text        NOT NULL CHECK (direction IN ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER')),
    caseness          integer     NOT NULL,
    reliable_change   integer     NOT NULL CHECK (reliable_change >= 1),
    meaningful_change integer     CHECK (meaningful_change >= 1),
    source            text        CHECK (length(source) <= 1000),  -- the catalogue's citation, not about anyone
    synced_at         timestamptz NOT NULL
);

-- The catalogue is read on the feeds' schedule and its sync is recorded beside theirs: the status
-- endpoint shows it, and dataAsOf (the oldest last success) covers the rules as well as the facts.
INSERT INTO feed_cursor (feed) VALUES ('instruments');
