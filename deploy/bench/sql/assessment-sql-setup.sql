-- Scratch copies (schema bench) of the tables one recorded measure writes, in outcomes-service's own
-- database, for assessment-sql.pgbench: the database's share of POST /api/v1/assessments.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.assessment (LIKE public.assessment INCLUDING ALL);
CREATE TABLE bench.audit_entry (LIKE public.audit_entry INCLUDING ALL);
CREATE TABLE bench.assessment_change (LIKE public.assessment_change INCLUDING ALL);
CREATE SEQUENCE bench.assessment_change_position_seq;
ALTER TABLE bench.assessment_change ALTER COLUMN position SET DEFAULT nextval('bench.assessment_change_position_seq');
-- For assessment-sql-counter.pgbench: the feed before outcomes V12 (decision 0007), a single-row counter every
-- measure updated last and held locked until it committed, its table keyed by position alone. Kept only to price
-- that design.
CREATE TABLE bench.feed_position (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), last bigint NOT NULL);
INSERT INTO bench.feed_position (only_row, last) VALUES (true, 0);
CREATE TABLE bench.assessment_change_counted (LIKE public.assessment_change);
ALTER TABLE bench.assessment_change_counted DROP COLUMN txid;
ALTER TABLE bench.assessment_change_counted ADD PRIMARY KEY (position);
