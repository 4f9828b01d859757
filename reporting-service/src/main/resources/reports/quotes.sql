-- The approved quotes a report may print: feedback given in the period, approved for one of the streams
-- (null: any), newest month first. None when an area is asked for: quotes carry no area.
-- ReportStore binds the parameters in order, so no comment here may hold a question mark.
WITH q AS (
    SELECT CAST(? AS date) AS from_on, CAST(? AS date) AS to_on,
           CAST(? AS text[]) AS funding_streams, CAST(? AS text) AS area
)
SELECT f.text, f.month
FROM quote_fact f CROSS JOIN q
WHERE f.month BETWEEN date_trunc('month', q.from_on) AND q.to_on
  AND (q.funding_streams IS NULL OR f.funding_streams && q.funding_streams)
  AND q.area IS NULL
ORDER BY f.month DESC, f.changed_at, f.quote_id
