-- Scratch copies (schema bench, same columns, indexes and constraints) of the tables that one intake
-- writes, in referrals-service's own database, for intake-sql.pgbench: the database's share of an intake.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE SEQUENCE bench.referral_reference_seq;
CREATE TABLE bench.referral (LIKE public.referral INCLUDING ALL);
CREATE TABLE bench.referral_parent (LIKE public.referral_parent INCLUDING ALL,
    FOREIGN KEY (referral_id) REFERENCES bench.referral (id));
CREATE TABLE bench.parent_monitoring (LIKE public.parent_monitoring INCLUDING ALL,
    FOREIGN KEY (referral_id) REFERENCES bench.referral (id));
CREATE TABLE bench.status_change (LIKE public.status_change INCLUDING ALL,
    FOREIGN KEY (referral_id) REFERENCES bench.referral (id));
CREATE TABLE bench.audit_entry (LIKE public.audit_entry INCLUDING ALL);
CREATE TABLE bench.idempotency_key (LIKE public.idempotency_key INCLUDING ALL);
CREATE TABLE bench.referral_change (LIKE public.referral_change INCLUDING ALL);
CREATE SEQUENCE bench.feed_position_seq;
ALTER TABLE bench.referral_change ALTER COLUMN position SET DEFAULT nextval('bench.feed_position_seq');
-- For intake-sql-counter.pgbench: the feed before decision 0007, a single-row counter every intake updated last
-- and held locked until it committed, and its table keyed by position alone. Kept only to price that design.
CREATE TABLE bench.feed_counter (id integer PRIMARY KEY CHECK (id = 1), position bigint NOT NULL);
INSERT INTO bench.feed_counter (id, position) VALUES (1, 0);
CREATE TABLE bench.referral_change_counted (position bigint PRIMARY KEY, referral_id uuid NOT NULL,
    facts jsonb NOT NULL, changed_at timestamptz NOT NULL);
