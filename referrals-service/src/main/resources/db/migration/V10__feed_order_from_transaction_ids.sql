-- The change feed's order comes from the writing transaction's id instead of a single-row counter
-- (docs/decisions/0007-feed-order-from-transaction-ids.md). Every change stores the id of the
-- transaction that wrote it (xid8) and a position from a plain sequence; the feed is read in
-- (txid, position) order and only below the oldest transaction still in flight
-- (pg_snapshot_xmin), so a change that commits late is never overtaken, and writers no longer
-- queue on one row until they commit.

-- Changes written before this migration keep their positions, under transaction id 0: they come
-- first, in the order they had, and a cursor handed out before ("N") still means "after N".
ALTER TABLE referral_change ADD COLUMN txid xid8 NOT NULL DEFAULT '0';
ALTER TABLE referral_change ALTER COLUMN txid SET DEFAULT pg_current_xact_id();

CREATE SEQUENCE referral_change_position_seq OWNED BY referral_change.position;
SELECT setval('referral_change_position_seq', GREATEST(position, 1), position > 0) FROM feed_counter;
ALTER TABLE referral_change ALTER COLUMN position SET DEFAULT nextval('referral_change_position_seq');

-- The feed's order is its key: one index on the hot path, not two.
ALTER TABLE referral_change DROP CONSTRAINT referral_change_pkey;
ALTER TABLE referral_change ADD PRIMARY KEY (txid, position);

DROP TABLE feed_counter;
