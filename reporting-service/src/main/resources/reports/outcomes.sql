-- Outcomes over the episodes CLOSED in each period with paired scores (docs/design.md, outcomes-service).
-- Parameters: funding streams (a text array; null: all), area (null: all), the periods' first and last
-- days (two arrays of ISO dates). Every threshold (direction, caseness, reliable change, PIRGAS
-- meaningful change) comes from table instrument_rule, which the sync fills from outcomes-service's
-- instrument catalogue: none is written here, and none is bound by the caller.
-- ReportStore binds the parameters in order; deploy/bench fills them in the same order, so no
-- comment here may hold a question mark.
WITH q AS (
    SELECT CAST(? AS text[]) AS funding_streams, CAST(? AS text) AS area
), period AS (
    SELECT CAST(n AS integer) AS period_no, from_on, to_on
    FROM unnest(CAST(CAST(? AS text[]) AS date[]), CAST(CAST(? AS text[]) AS date[])) WITH ORDINALITY AS p (from_on, to_on, n)
), rule AS (
    SELECT instrument, direction = 'HIGHER_IS_BETTER' AS higher_is_better, caseness, reliable_change,
           meaningful_change
    FROM instrument_rule
), episode AS (
    SELECT r.referral_id, p.period_no
    FROM referral_fact r CROSS JOIN q
    JOIN period p ON r.closed_on BETWEEN p.from_on AND p.to_on
    WHERE r.status = 'CLOSED'
      AND r.closed_on BETWEEN (SELECT min(from_on) FROM period) AND (SELECT max(to_on) FROM period)
      AND (q.funding_streams IS NULL OR r.funding_stream = ANY (q.funding_streams))
      AND (q.area IS NULL OR r.area = q.area)
), score AS (
    -- Deleted assessments ("entered in error") count nowhere.
    SELECT e.period_no, a.referral_id, a.instrument, a.respondent, a.timepoint,
           ARRAY[CAST(a.completed_on - DATE '2000-01-01' AS numeric),
                 CASE a.timepoint WHEN 'BASELINE' THEN 1 WHEN 'REVIEW' THEN 2 WHEN 'END' THEN 3 ELSE 4 END,
                 extract(epoch FROM coalesce(a.recorded_at, a.changed_at)), a.total] AS score_key
    FROM episode e JOIN assessment_fact a ON a.referral_id = e.referral_id
    WHERE NOT a.deleted AND a.total IS NOT NULL AND a.instrument IN ('PHQ9', 'GAD7', 'EPDS', 'PIRGAS')
), paired AS (
    -- Baseline: the first score. Final: the last score that is not FOLLOW_UP. Paired only when the
    -- final was completed on a later date than the baseline. Same-day ties: by time point, then the
    -- score recorded first (a correction does not move it; a row from a feed without recordedAt falls
    -- back to its last change), then the lower total: outcomes-service's ScorePoint orders exactly so.
    -- Each score is keyed as an array [day, time point, first recorded, total] so that min() and max()
    -- pick the first and last without sorting every episode's scores.
    SELECT period_no, referral_id, instrument, respondent,
           min(score_key) AS first_score,
           max(score_key) FILTER (WHERE timepoint <> 'FOLLOW_UP') AS last_score
    FROM score
    GROUP BY period_no, referral_id, instrument, respondent
    HAVING (max(score_key) FILTER (WHERE timepoint <> 'FOLLOW_UP'))[1] > (min(score_key))[1]
), judged AS (
    SELECT p.period_no, p.referral_id, p.instrument, p.respondent, r.reliable_change, r.meaningful_change,
           CASE WHEN r.higher_is_better THEN p.final - p.baseline ELSE p.baseline - p.final END AS gain,
           CASE WHEN r.higher_is_better THEN p.baseline <= r.caseness ELSE p.baseline >= r.caseness END AS case_at_baseline,
           CASE WHEN r.higher_is_better THEN p.final <= r.caseness ELSE p.final >= r.caseness END AS case_at_final
    FROM (SELECT period_no, referral_id, instrument, respondent,
                 CAST(first_score[4] AS integer) AS baseline, CAST(last_score[4] AS integer) AS final
          FROM paired) p
    JOIN rule r USING (instrument)
), measure AS (
    SELECT *, gain > 0 AS improved, gain >= reliable_change AS reliably_improved,
           -gain >= reliable_change AS reliably_deteriorated
    FROM judged
), mental_health AS (
    -- PHQ-9 and/or GAD-7 per parent, combined as NHS Talking Therapies and CORC do.
    SELECT period_no,
           bool_or(improved) AND NOT bool_or(reliably_deteriorated) AS improved,
           bool_or(reliably_improved) AND NOT bool_or(reliably_deteriorated) AS reliably_improved,
           bool_or(reliably_deteriorated) AS reliably_deteriorated,
           bool_or(case_at_baseline) AS case_at_baseline,
           bool_or(case_at_final) AS case_at_final,
           bool_or(case_at_baseline) AND NOT bool_or(case_at_final) AS recovered
    FROM measure WHERE instrument IN ('PHQ9', 'GAD7')
    GROUP BY period_no, referral_id, respondent
), parent AS (
    SELECT period_no, 'mental_health' AS outcome, improved, reliably_improved, reliably_deteriorated,
           case_at_baseline, case_at_final, recovered
    FROM mental_health
    UNION ALL
    SELECT period_no, 'epds', improved, reliably_improved, reliably_deteriorated,
           case_at_baseline, case_at_final, case_at_baseline AND NOT case_at_final
    FROM measure WHERE instrument = 'EPDS'
), parent_figures AS (
    SELECT period_no, outcome, count(*) AS parents,
           count(*) FILTER (WHERE improved) AS improved,
           count(*) FILTER (WHERE reliably_improved) AS reliably_improved,
           count(*) FILTER (WHERE reliably_deteriorated) AS reliably_deteriorated,
           count(*) FILTER (WHERE case_at_baseline) AS case_at_baseline,
           count(*) FILTER (WHERE case_at_final) AS case_at_final,
           count(*) FILTER (WHERE recovered) AS recovered,
           count(*) FILTER (WHERE recovered AND reliably_improved) AS reliably_recovered
    FROM parent GROUP BY period_no, outcome
), family_pirgas AS (
    -- A family counts once: its PARENT_1 dyad, or PARENT_2's where only that one is paired.
    SELECT DISTINCT ON (period_no, referral_id) period_no, gain, reliable_change, meaningful_change
    FROM measure WHERE instrument = 'PIRGAS'
    ORDER BY period_no, referral_id, CASE respondent WHEN 'PARENT_1' THEN 1 ELSE 2 END
), pirgas_figures AS (
    SELECT period_no, count(*) AS families,
           count(*) FILTER (WHERE gain > 0) AS improved,
           count(*) FILTER (WHERE gain >= meaningful_change) AS meaningfully_improved,
           count(*) FILTER (WHERE -gain >= reliable_change) AS reliably_deteriorated
    FROM family_pirgas GROUP BY period_no
), satisfaction AS (
    -- Each parent's last answer in the episode; "don't know" counts as a response (as in the NHS FFT).
    SELECT DISTINCT ON (e.period_no, a.referral_id, a.respondent) e.period_no, a.band
    FROM episode e JOIN assessment_fact a ON a.referral_id = e.referral_id
    WHERE a.instrument = 'SATISFACTION' AND NOT a.deleted AND a.band IS NOT NULL
    ORDER BY e.period_no, a.referral_id, a.respondent, a.completed_on DESC,
             coalesce(a.recorded_at, a.changed_at) DESC, a.assessment_id DESC
), satisfaction_figures AS (
    SELECT period_no, count(*) AS responses, count(*) FILTER (WHERE band = 'positive') AS positive
    FROM satisfaction GROUP BY period_no
)
SELECT p.period_no,
       coalesce(f.families, 0) AS pirgas_families,
       coalesce(f.improved, 0) AS pirgas_improved,
       coalesce(f.meaningfully_improved, 0) AS pirgas_meaningfully_improved,
       coalesce(f.reliably_deteriorated, 0) AS pirgas_reliably_deteriorated,
       coalesce(mh.parents, 0) AS mh_parents,
       coalesce(mh.improved, 0) AS mh_improved,
       coalesce(mh.reliably_improved, 0) AS mh_reliably_improved,
       coalesce(mh.reliably_deteriorated, 0) AS mh_reliably_deteriorated,
       coalesce(mh.case_at_baseline, 0) AS mh_case_at_baseline,
       coalesce(mh.case_at_final, 0) AS mh_case_at_final,
       coalesce(mh.recovered, 0) AS mh_recovered,
       coalesce(mh.reliably_recovered, 0) AS mh_reliably_recovered,
       coalesce(ep.parents, 0) AS epds_parents,
       coalesce(ep.improved, 0) AS epds_improved,
       coalesce(ep.reliably_improved, 0) AS epds_reliably_improved,
       coalesce(ep.reliably_deteriorated, 0) AS epds_reliably_deteriorated,
       coalesce(ep.case_at_baseline, 0) AS epds_case_at_baseline,
       coalesce(ep.case_at_final, 0) AS epds_case_at_final,
       coalesce(ep.recovered, 0) AS epds_recovered,
       coalesce(ep.reliably_recovered, 0) AS epds_reliably_recovered,
       coalesce(s.responses, 0) AS satisfaction_responses,
       coalesce(s.positive, 0) AS satisfaction_positive
FROM period p
LEFT JOIN pirgas_figures f ON f.period_no = p.period_no
LEFT JOIN parent_figures mh ON mh.period_no = p.period_no AND mh.outcome = 'mental_health'
LEFT JOIN parent_figures ep ON ep.period_no = p.period_no AND ep.outcome = 'epds'
LEFT JOIN satisfaction_figures s ON s.period_no = p.period_no
ORDER BY p.period_no
