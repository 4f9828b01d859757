-- Whom the service reached in one period: the families seen (an attended session in the period) and their
-- parents, by each equality-monitoring answer, parent's age band, baby's age at referral and area
-- (reporting-service/README.md, "Report definitions").
-- Parameters: from, to, funding streams (a text array; null: all), area (null: all).
-- ReportStore binds the parameters in order; deploy/bench fills them in the same order, so no
-- comment here may hold a question mark.
WITH q AS (
    SELECT CAST(? AS date) AS from_on, CAST(? AS date) AS to_on,
           CAST(? AS text[]) AS funding_streams, CAST(? AS text) AS area
), seen AS (
    -- PostgreSQL turns the EXISTS into one pass over the period's attended sessions, hashed by referral,
    -- which the referrals are then matched against: cheaper than a look-up per referral.
    SELECT r.referral_id, r.area, r.pregnant, r.baby_age_months
    FROM referral_fact r CROSS JOIN q
    WHERE (q.funding_streams IS NULL OR r.funding_stream = ANY (q.funding_streams))
      AND (q.area IS NULL OR r.area = q.area)
      AND EXISTS (SELECT 1 FROM session_fact s
                  WHERE s.referral_id = r.referral_id AND s.attendance = 'ATTENDED'
                    AND s.session_date BETWEEN q.from_on AND q.to_on)
), parent AS (
    -- Every parent of a family seen. A family whose facts carry no parent (synced before monitoring
    -- existed) counts as one parent, not asked. No answer is null after this, which "answer" relies on.
    SELECT coalesce(p.position, 1) AS position,
           coalesce(p.age_band, 'UNKNOWN') AS age_band,
           coalesce(p.ethnic_group, 'NOT_ASKED') AS ethnic_group,
           coalesce(p.relationship_to_baby, 'NOT_ASKED') AS relationship_to_baby,
           coalesce(p.first_time_parent, 'NOT_ASKED') AS first_time_parent,
           coalesce(p.disability, 'NOT_ASKED') AS disability,
           coalesce(p.needs_interpreter, 'NOT_ASKED') AS needs_interpreter
    FROM seen f LEFT JOIN parent_fact p USING (referral_id)
), answer AS (
    -- One grouping set per dimension: a single pass over the parents counts every dimension at once
    -- (one hash table each), rather than unpivoting six copies of the parents and grouping them twice.
    -- Families are counted by their first parent's answer, parents by every parent's.
    -- In each set the other answers are null, so the coalesce gives the answer grouped by.
    SELECT CASE WHEN GROUPING(ethnic_group) = 0 THEN 'ethnicGroup'
                WHEN GROUPING(relationship_to_baby) = 0 THEN 'relationshipToBaby'
                WHEN GROUPING(first_time_parent) = 0 THEN 'firstTimeParent'
                WHEN GROUPING(disability) = 0 THEN 'disability'
                WHEN GROUPING(needs_interpreter) = 0 THEN 'needsInterpreter'
                ELSE 'parentAgeBand' END AS dimension,
           coalesce(ethnic_group, relationship_to_baby, first_time_parent, disability, needs_interpreter,
                    age_band) AS category,
           count(*) FILTER (WHERE position = 1) AS families,
           count(*) AS parents
    FROM parent
    GROUP BY GROUPING SETS ((ethnic_group), (relationship_to_baby), (first_time_parent), (disability),
                           (needs_interpreter), (age_band))
)
-- A category no first parent gave has no families row; families are not counted by parent's age band.
SELECT u.unit, a.dimension, a.category, u.n
FROM answer a CROSS JOIN LATERAL (VALUES ('families', a.families), ('parents', a.parents)) AS u (unit, n)
WHERE u.n > 0 AND NOT (u.unit = 'families' AND a.dimension = 'parentAgeBand')
UNION ALL
SELECT 'families', 'babyAgeAtReferral',
       CASE WHEN pregnant THEN 'PREGNANT'
            WHEN baby_age_months IS NULL THEN 'UNKNOWN'
            WHEN baby_age_months < 6 THEN 'MONTHS_0_5'
            WHEN baby_age_months < 12 THEN 'MONTHS_6_11'
            WHEN baby_age_months < 18 THEN 'MONTHS_12_17'
            ELSE 'MONTHS_18_AND_OVER' END,
       count(*)
FROM seen GROUP BY 3
UNION ALL
SELECT 'families', 'area', coalesce(area, 'UNKNOWN'), count(*) FROM seen GROUP BY 3
