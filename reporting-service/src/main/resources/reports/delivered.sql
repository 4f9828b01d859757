-- Sessions delivered, families seen and completed courses in each period (reporting-service/README.md,
-- "Report definitions"). Parameters: funding streams (a text array; null: all), area (null: all), the
-- periods' first and last days (two arrays of ISO dates), as outcomes.sql takes them. One row per period in
-- order, then a last row (period 0) for all the periods together, which must not overlap (a report's
-- intervals never do): so an impact report reads its period and its trend in one statement.
-- ReportStore binds the parameters in order; deploy/bench fills them in the same order, so no
-- comment here may hold a question mark.
WITH q AS (
    SELECT CAST(? AS text[]) AS funding_streams, CAST(? AS text) AS area
), period AS (
    SELECT CAST(n AS integer) AS period_no, from_on, to_on
    FROM unnest(CAST(CAST(? AS text[]) AS date[]), CAST(CAST(? AS text[]) AS date[])) WITH ORDINALITY AS p (from_on, to_on, n)
), r AS NOT MATERIALIZED (
    -- Inlined where it is read, so that the closed episodes below come from referral_fact_closed_idx
    -- rather than from a copy of every referral.
    SELECT r.referral_id, r.status, r.closed_on
    FROM referral_fact r CROSS JOIN q
    WHERE (q.funding_streams IS NULL OR r.funding_stream = ANY (q.funding_streams))
      AND (q.area IS NULL OR r.area = q.area)
), held AS (
    -- Each session dated in the period, whatever became of it.
    SELECT p.period_no, s.referral_id, s.attendance
    FROM session_fact s JOIN r USING (referral_id)
    JOIN period p ON s.session_date BETWEEN p.from_on AND p.to_on
), family AS (
    -- Counted per family first (a hash aggregate), so that families seen need no sort of every session:
    -- per family in each period, and per family over all the periods (period 0).
    SELECT CASE WHEN GROUPING(period_no) = 0 THEN period_no ELSE 0 END AS period_no, referral_id,
           count(*) FILTER (WHERE attendance <> 'CANCELLED_BY_SERVICE') AS offered,
           count(*) FILTER (WHERE attendance = 'ATTENDED') AS attended,
           count(*) FILTER (WHERE attendance = 'DID_NOT_ATTEND') AS not_attended
    FROM held GROUP BY GROUPING SETS ((period_no, referral_id), (referral_id))
), sessions AS (
    SELECT period_no,
           CAST(sum(offered) AS bigint) AS offered,
           CAST(sum(attended) AS bigint) AS attended,
           CAST(sum(not_attended) AS bigint) AS not_attended,
           count(*) FILTER (WHERE attended > 0) AS families_seen
    FROM family GROUP BY period_no
), closed AS (
    -- Each episode closed in the period, with every session it attended, whenever held: one join and a
    -- count per episode rather than a lookup per episode.
    SELECT p.period_no, r.referral_id, count(s.referral_id) AS attended
    FROM r JOIN period p ON r.closed_on BETWEEN p.from_on AND p.to_on
    LEFT JOIN session_fact s ON s.referral_id = r.referral_id AND s.attendance = 'ATTENDED'
    WHERE r.status = 'CLOSED'
    GROUP BY p.period_no, r.referral_id
), episodes AS (
    -- An episode closes in one period only: all the periods' episodes are every row (period 0).
    SELECT CASE WHEN GROUPING(period_no) = 0 THEN period_no ELSE 0 END AS period_no,
           count(*) AS episodes_closed,
           count(*) FILTER (WHERE attended >= 2) AS completed_course,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY attended) AS median_sessions,
           CAST(avg(attended) AS double precision) AS mean_sessions
    FROM closed GROUP BY GROUPING SETS ((period_no), ())
), reported AS (
    SELECT period_no FROM period
    UNION ALL
    SELECT 0
)
SELECT p.period_no,
       coalesce(s.offered, 0) AS offered,
       coalesce(s.attended, 0) AS attended,
       coalesce(s.not_attended, 0) AS not_attended,
       coalesce(s.families_seen, 0) AS families_seen,
       coalesce(e.episodes_closed, 0) AS episodes_closed,
       coalesce(e.completed_course, 0) AS completed_course,
       e.median_sessions,
       e.mean_sessions
FROM reported p
LEFT JOIN sessions s USING (period_no)
LEFT JOIN episodes e USING (period_no)
ORDER BY p.period_no = 0, p.period_no
