-- Appends 5 × :n invented assessments to outcomes-service's change feed (assessment_change), five
-- per referral of generate-referral-feed.sql (same md5-derived referral ids), straight in SQL: this
-- BYPASSES THE API, only to make a large data set quickly. The assessment table itself is not
-- touched. Each row's place comes from the table's defaults (this transaction's id, the feed's
-- sequence), as for every change the service writes (decision 0007).
-- Per referral: PHQ-9 at BASELINE and END (paired), PIRGAS at BASELINE and END (paired), and the
-- satisfaction question at END; totals spread so that some improve, some do not. Each band is looked up
-- in outcomes-service's own catalogue (read from the repository by psql; run.sh runs psql from the
-- repository's root), so no band or threshold is written here.
\set ON_ERROR_STOP on
\set catalogue `cat outcomes-service/src/main/resources/instruments/catalogue.json`
BEGIN;
WITH band AS (
    -- Every band of every instrument; satisfaction is banded by its first item's answer (bandFromItem).
    SELECT i->>'code' AS instrument, CAST(b->>'min' AS integer) AS lo, CAST(b->>'max' AS integer) AS hi,
           b->>'label' AS label
    FROM jsonb_array_elements(CAST(:'catalogue' AS jsonb)) AS i
    CROSS JOIN jsonb_array_elements(i->'bands') AS b
)
INSERT INTO assessment_change (assessment_id, referral_id, instrument, timepoint, respondent,
                               completed_on, total, band, deleted, changed_at, recorded_at)
SELECT CAST(md5('bench-assessment-' || g || '-' || k) AS uuid),
       CAST(md5('bench-referral-' || g) AS uuid),
       a.instrument, timepoint, 'PARENT_1', completed_on,
       CASE WHEN a.instrument = 'SATISFACTION' THEN NULL ELSE scored END,
       band.label,
       false, now(), now()
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
               -- Satisfaction's first answer: 8 in 10 very good or good, 1 neither, 1 poor.
               ELSE CASE WHEN g % 10 < 8 THEN 1 + g % 2 WHEN g % 10 = 8 THEN 3 ELSE 4 END
           END AS scored
    FROM (SELECT g, DATE '2023-01-01' + (g * 7919) % 730 AS received FROM generate_series(1, :n) AS g) r
    CROSS JOIN generate_series(0, 4) AS k
) a
JOIN band ON band.instrument = a.instrument AND a.scored BETWEEN band.lo AND band.hi
ORDER BY a.g, a.k;
COMMIT;
ANALYZE assessment_change;
