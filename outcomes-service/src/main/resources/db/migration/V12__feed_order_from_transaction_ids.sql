-- Both feeds (assessments, quotes) are ordered by the writing transaction's id instead of a single-row
-- counter, as referrals-service's feed is (docs/decisions/0007-feed-order-from-transaction-ids.md).
-- Every change stores the id of the transaction that wrote it (xid8) and a position from a plain
-- sequence; a feed is read in (txid, position) order and only below the oldest transaction still in
-- flight (pg_snapshot_xmin), so a change that commits late is never overtaken, and writers no longer
-- queue on one row until they commit.

-- Changes written before this migration keep their positions, under transaction id 0: they come first,
-- in the order they had, and a cursor handed out before ("N") still means "after N".
ALTER TABLE assessment_change ADD COLUMN txid xid8 NOT NULL DEFAULT '0';
ALTER TABLE assessment_change ALTER COLUMN txid SET DEFAULT pg_current_xact_id();
CREATE SEQUENCE assessment_change_position_seq OWNED BY assessment_change.position;
SELECT setval('assessment_change_position_seq', GREATEST(last, 1), last > 0) FROM feed_position;
ALTER TABLE assessment_change ALTER COLUMN position SET DEFAULT nextval('assessment_change_position_seq');
-- The feed's order is its key: one index on the hot path, not two.
ALTER TABLE assessment_change DROP CONSTRAINT assessment_change_pkey;
ALTER TABLE assessment_change ADD PRIMARY KEY (txid, position);
DROP TABLE feed_position;

ALTER TABLE quote_change ADD COLUMN txid xid8 NOT NULL DEFAULT '0';
ALTER TABLE quote_change ALTER COLUMN txid SET DEFAULT pg_current_xact_id();
CREATE SEQUENCE quote_change_position_seq OWNED BY quote_change.position;
SELECT setval('quote_change_position_seq', GREATEST(last, 1), last > 0) FROM quote_feed_position;
ALTER TABLE quote_change ALTER COLUMN position SET DEFAULT nextval('quote_change_position_seq');
ALTER TABLE quote_change DROP CONSTRAINT quote_change_pkey;
ALTER TABLE quote_change ADD PRIMARY KEY (txid, position);
DROP TABLE quote_feed_position;
