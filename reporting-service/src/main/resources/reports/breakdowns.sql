-- Referrals received by source type and by area, episodes closed by reason, for one period.
-- Parameters: from, to, funding streams (a text array; null: all), area (null: all).
-- ReportStore binds the parameters in order; deploy/bench fills them in the same order, so no
-- comment here may hold a question mark.
WITH q AS (
    SELECT CAST(? AS date) AS from_on, CAST(? AS date) AS to_on,
           CAST(? AS text[]) AS funding_streams, CAST(? AS text) AS area
), r AS NOT MATERIALIZED (
    SELECT r.*, r.received_on BETWEEN q.from_on AND q.to_on AS received_in_period,
           r.status = 'CLOSED' AND r.closed_on BETWEEN q.from_on AND q.to_on AS closed_in_period
    FROM referral_fact r CROSS JOIN q
    WHERE (q.funding_streams IS NULL OR r.funding_stream = ANY (q.funding_streams))
      AND (q.area IS NULL OR r.area = q.area)
)
SELECT 'sourceType' AS dimension, source_type AS category, count(*) AS families
FROM r WHERE received_in_period GROUP BY source_type
UNION ALL
SELECT 'area', coalesce(area, 'UNKNOWN'), count(*)
FROM r WHERE received_in_period GROUP BY coalesce(area, 'UNKNOWN')
UNION ALL
SELECT 'closureReason', coalesce(closure_reason, 'UNKNOWN'), count(*)
FROM r WHERE closed_in_period GROUP BY coalesce(closure_reason, 'UNKNOWN')
