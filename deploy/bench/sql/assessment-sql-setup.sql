-- Scratch copies (schema bench) of the tables one recorded measure writes, in outcomes-service's own
-- database, for assessment-sql.pgbench: the database's share of POST /api/v1/assessments.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.assessment (LIKE public.assessment INCLUDING ALL);
CREATE TABLE bench.audit_entry (LIKE public.audit_entry INCLUDING ALL);
CREATE TABLE bench.feed_position (LIKE public.feed_position INCLUDING ALL);
INSERT INTO bench.feed_position (only_row, last) VALUES (true, 0);
CREATE TABLE bench.assessment_change (LIKE public.assessment_change INCLUDING ALL);
