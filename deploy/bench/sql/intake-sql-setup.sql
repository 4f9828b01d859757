-- Scratch copies (schema bench, same columns, indexes and constraints) of the tables that one intake
-- writes, in referrals-service's own database, for intake-sql.pgbench: the database's share of an intake.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE SEQUENCE bench.referral_reference_seq;
CREATE TABLE bench.referral (LIKE public.referral INCLUDING ALL);
CREATE TABLE bench.referral_parent (LIKE public.referral_parent INCLUDING ALL,
    FOREIGN KEY (referral_id) REFERENCES bench.referral (id));
CREATE TABLE bench.status_change (LIKE public.status_change INCLUDING ALL,
    FOREIGN KEY (referral_id) REFERENCES bench.referral (id));
CREATE TABLE bench.audit_entry (LIKE public.audit_entry INCLUDING ALL);
CREATE TABLE bench.idempotency_key (LIKE public.idempotency_key INCLUDING ALL);
CREATE TABLE bench.feed_counter (LIKE public.feed_counter INCLUDING ALL);
INSERT INTO bench.feed_counter (id, position) VALUES (1, 0);
CREATE TABLE bench.referral_change (LIKE public.referral_change INCLUDING ALL);
-- For intake-sql-nocounter.pgbench: positions far above the counter's, so the two never collide.
CREATE SEQUENCE bench.feed_position_seq START WITH 1000000000000;
