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
    SELECT r.referral_id, r.area, r.pregnant, r.baby_age_months
    FROM referral_fact r CROSS JOIN q
    WHERE (q.funding_streams IS NULL OR r.funding_stream = ANY (q.funding_streams))
      AND (q.area IS NULL OR r.area = q.area)
      AND EXISTS (SELECT 1 FROM session_fact s
                  WHERE s.referral_id = r.referral_id AND s.attendance = 'ATTENDED'
                    AND s.session_date BETWEEN q.from_on AND q.to_on)
), parent AS (
    -- Every parent of a family seen. A family whose facts carry no parent (synced before monitoring
    -- existed) counts as one parent, not asked.
    SELECT f.referral_id, coalesce(p.position, 1) AS position,
           coalesce(p.age_band, 'UNKNOWN') AS age_band,
           coalesce(p.ethnic_group, 'NOT_ASKED') AS ethnic_group,
           coalesce(p.relationship_to_baby, 'NOT_ASKED') AS relationship_to_baby,
           coalesce(p.first_time_parent, 'NOT_ASKED') AS first_time_parent,
           coalesce(p.disability, 'NOT_ASKED') AS disability,
           coalesce(p.needs_interpreter, 'NOT_ASKED') AS needs_interpreter
    FROM seen f LEFT JOIN parent_fact p USING (referral_id)
), answer AS (
    SELECT position, 'ethnicGroup' AS dimension, ethnic_group AS category FROM parent
    UNION ALL SELECT position, 'relationshipToBaby', relationship_to_baby FROM parent
    UNION ALL SELECT position, 'firstTimeParent', first_time_parent FROM parent
    UNION ALL SELECT position, 'disability', disability FROM parent
    UNION ALL SELECT position, 'needsInterpreter', needs_interpreter FROM parent
    UNION ALL SELECT position, 'parentAgeBand', age_band FROM parent
)
-- Families by their first parent's answer; parents by every parent's.
SELECT 'families' AS unit, dimension, category, count(*) AS n
FROM answer WHERE position = 1 AND dimension <> 'parentAgeBand' GROUP BY dimension, category
UNION ALL
SELECT 'parents', dimension, category, count(*) FROM answer GROUP BY dimension, category
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
