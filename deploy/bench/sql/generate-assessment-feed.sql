-- Appends 5 × :n invented assessments to outcomes-service's change feed (assessment_change), five
-- per referral of generate-referral-feed.sql (same md5-derived referral ids), straight in SQL: this
-- BYPASSES THE API, only to make a large data set quickly. The assessment table itself is not
-- touched. Positions continue after the feed counter (feed_position), moved past them in the same
-- transaction.
-- Per referral: PHQ-9 at BASELINE and END (paired), PIRGAS at BASELINE and END (paired), and the
-- satisfaction question at END; totals spread so that some improve, some do not.
\set ON_ERROR_STOP on
BEGIN;
SELECT last AS base FROM feed_position FOR UPDATE \gset
INSERT INTO assessment_change (position, assessment_id, referral_id, instrument, timepoint, respondent,
                               completed_on, total, band, deleted, changed_at)
SELECT :base + (g - 1) * 5 + k + 1,
       CAST(md5('bench-assessment-' || g || '-' || k) AS uuid),
       CAST(md5('bench-referral-' || g) AS uuid),
       instrument, timepoint, 'PARENT_1', completed_on, total,
       CASE instrument
           WHEN 'PHQ9' THEN CASE WHEN total <= 4 THEN 'minimal' WHEN total <= 9 THEN 'mild'
                                 WHEN total <= 14 THEN 'moderate' WHEN total <= 19 THEN 'moderately severe'
                                 ELSE 'severe' END
           WHEN 'PIRGAS' THEN CASE WHEN total >= 91 THEN 'well adapted' WHEN total >= 81 THEN 'adapted'
                                   WHEN total >= 71 THEN 'perturbed' WHEN total >= 61 THEN 'significantly perturbed'
                                   WHEN total >= 51 THEN 'distressed' WHEN total >= 41 THEN 'disturbed'
                                   ELSE 'disordered' END
           ELSE CASE WHEN g % 10 < 8 THEN 'positive' WHEN g % 10 = 8 THEN 'neutral' ELSE 'negative' END
       END,
       false, now()
FROM (
    SELECT g, k, received,
           (ARRAY['PHQ9', 'PHQ9', 'PIRGAS', 'PIRGAS', 'SATISFACTION'])[k + 1] AS instrument,
           (ARRAY['BASELINE', 'END', 'BASELINE', 'END', 'END'])[k + 1] AS timepoint,
           received + CASE WHEN k IN (0, 2) THEN 20 + g % 60 ELSE 140 + g % 60 END AS completed_on,
           CASE k
               WHEN 0 THEN 8 + g % 15                            -- PHQ-9 baseline 8..22
               WHEN 1 THEN greatest(0, 8 + g % 15 - (g % 11))    -- END: 0..10 points lower
               WHEN 2 THEN 35 + g % 40                           -- PIRGAS baseline 35..74
               WHEN 3 THEN least(100, 35 + g % 40 + (g % 23) - 5) -- END: -5..+17
           END AS total
    FROM (SELECT g, DATE '2023-01-01' + (g * 7919) % 730 AS received FROM generate_series(1, :n) AS g) r
    CROSS JOIN generate_series(0, 4) AS k
) a;
UPDATE feed_position SET last = :base + 5 * :n;
COMMIT;
ANALYZE assessment_change;
