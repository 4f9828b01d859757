-- The parents' feedback count (reports/feedback.sql) reads the satisfaction questionnaires completed in a
-- period. Without this index it read every assessment fact (all instruments, every year) to find them: about
-- 0.2 s of a summary report over 100,000 families. Partial, so it holds only the rows that count, and it carries
-- the referral so the count is answered from the index alone (its join to referral_fact keeps the stream and
-- area filters).
CREATE INDEX assessment_fact_satisfaction_idx ON assessment_fact (completed_on) INCLUDE (referral_id)
    WHERE instrument = 'SATISFACTION' AND NOT deleted;
