-- Parents' feedback for one period (reporting-service/README.md, "Report definitions"): satisfaction
-- questionnaires received, and quotes approved from feedback given in the period.
-- Parameters: from, to, funding streams (a text array; null: all), area (null: all).
-- ReportStore binds the parameters in order, so no comment here may hold a question mark.
-- Quotes carry no area (nothing in them may point at a family): with an area, none is counted.
WITH q AS (
    SELECT CAST(? AS date) AS from_on, CAST(? AS date) AS to_on,
           CAST(? AS text[]) AS funding_streams, CAST(? AS text) AS area
)
SELECT (SELECT count(*)
          FROM assessment_fact a JOIN referral_fact r ON r.referral_id = a.referral_id
         WHERE a.instrument = 'SATISFACTION' AND NOT a.deleted
           AND a.completed_on BETWEEN q.from_on AND q.to_on
           AND (q.funding_streams IS NULL OR r.funding_stream = ANY (q.funding_streams))
           AND (q.area IS NULL OR r.area = q.area)) AS feedback_received,
       (SELECT count(*)
          FROM quote_fact f
         WHERE f.month BETWEEN date_trunc('month', q.from_on) AND q.to_on
           AND (q.funding_streams IS NULL OR f.funding_streams && q.funding_streams)
           AND q.area IS NULL) AS quotes_approved
FROM q
