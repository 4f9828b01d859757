-- Referrals, waiting and activity for one period (reporting-service/README.md, "Report definitions").
-- Parameters: from, to, funding streams (a text array; null: all), area (null: all).
-- ReportStore binds the parameters in order; deploy/bench fills them in the same order, so no
-- comment here may hold a question mark.
WITH q AS (
    SELECT CAST(? AS date) AS from_on, CAST(? AS date) AS to_on,
           CAST(? AS text[]) AS funding_streams, CAST(? AS text) AS area
), r AS (
    SELECT r.*, q.from_on, q.to_on,
           r.received_on BETWEEN q.from_on AND q.to_on AS received_in_period,
           r.first_session_on BETWEEN q.from_on AND q.to_on AS started_in_period,
           CAST(r.first_session_on - r.received_on AS double precision) AS wait_days
    FROM referral_fact r CROSS JOIN q
    WHERE (q.funding_streams IS NULL OR r.funding_stream = ANY (q.funding_streams))
      AND (q.area IS NULL OR r.area = q.area)
)
SELECT count(*) FILTER (WHERE received_in_period) AS received,
       count(*) FILTER (WHERE received_in_period AND accepted_on IS NOT NULL) AS accepted,
       count(*) FILTER (WHERE received_in_period AND declined_on IS NOT NULL) AS declined,
       count(*) FILTER (WHERE received_in_period AND redirected_on IS NOT NULL) AS redirected,
       count(*) FILTER (WHERE received_in_period AND eligible) AS eligible,
       -- seen: in therapy at some time in the period (first session by its end, not closed before its start)
       count(*) FILTER (WHERE first_session_on <= to_on AND (closed_on IS NULL OR closed_on >= from_on)) AS families_seen,
       count(*) FILTER (WHERE status = 'CLOSED' AND closed_on BETWEEN from_on AND to_on) AS episodes_closed,
       count(*) FILTER (WHERE started_in_period) AS first_sessions,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_days) FILTER (WHERE started_in_period) AS median_wait_days,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY wait_days) FILTER (WHERE started_in_period) AS p90_wait_days
FROM r
