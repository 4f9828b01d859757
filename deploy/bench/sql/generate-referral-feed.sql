-- Appends :n invented referrals to referrals-service's change feed (table referral_change), one
-- snapshot each, straight in SQL: this BYPASSES THE API, only to make a large data set quickly for
-- the sync and report benchmarks. The referral table itself is not touched (the feed is all that
-- reporting-service reads). Transaction id and position come from the table's defaults, as for
-- FeedWriter's inserts. Ids are md5-derived from the row number, so
-- generate-assessment-feed.sql can refer to the same referrals.
-- Mix: received over 2023-2024; 10% each RECEIVED, DECLINED, REDIRECTED, ACCEPTED, WAITING,
-- IN_THERAPY and 40% CLOSED; five areas in the catchment plus one outside it. Each family in therapy or
-- closed has had 8 sessions, fortnightly from its first (an assessment, parent-infant sessions, a review;
-- one in eight missed without notice, one in sixteen cancelled by the family), and each family one parent
-- with equality-monitoring answers, so that the delivered and reach figures have rows to count.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO referral_change (referral_id, facts, changed_at)
SELECT id, jsonb_build_object(
         'referralId', id,
         'receivedOn', received,
         'sourceType', source,
         'agencyId', CASE WHEN source = 'SELF' THEN NULL ELSE 'agency-' || chr(97 + g % 2) END,
         'area', area,
         'eligible', area <> 'OX4',
         'pregnant', g % 5 = 0,
         'babyAgeMonths', CASE WHEN g % 5 = 0 THEN NULL ELSE g % 24 END,
         'fundingStream', (ARRAY['DIDCOT_POWERHOUSE', 'NHS_CONTRACT', NULL])[1 + g % 3],
         'status', status,
         'acceptedOn', CASE WHEN status IN ('ACCEPTED', 'WAITING', 'IN_THERAPY', 'CLOSED') THEN received + 7 END,
         'declinedOn', CASE WHEN status = 'DECLINED' THEN received + 5 END,
         'redirectedOn', CASE WHEN status = 'REDIRECTED' THEN received + 5 END,
         'waitingOn', CASE WHEN status IN ('WAITING', 'IN_THERAPY', 'CLOSED') THEN received + 14 END,
         'firstSessionOn', CASE WHEN status IN ('IN_THERAPY', 'CLOSED') THEN received + 20 + g % 60 END,
         'closedOn', CASE WHEN status = 'CLOSED' THEN received + 140 + g % 60 END,
         'closureReason', CASE WHEN status = 'CLOSED'
                               THEN (ARRAY['COMPLETED', 'COMPLETED', 'COMPLETED', 'DID_NOT_ENGAGE', 'MOVED_AWAY', 'REFERRED_ON', 'OTHER'])[1 + g % 7] END,
         'erased', false,
         'sessions', CASE WHEN status IN ('IN_THERAPY', 'CLOSED') THEN (
             SELECT jsonb_agg(jsonb_build_object(
                      'sessionId', CAST(md5('bench-session-' || g || '-' || k) AS uuid),
                      'date', received + 20 + g % 60 + 14 * k,
                      'kind', CASE k WHEN 0 THEN 'ASSESSMENT' WHEN 7 THEN 'REVIEW' ELSE 'PARENT_INFANT' END,
                      'setting', (ARRAY['HOME', 'CLINIC'])[1 + (g + k) % 2],
                      'attendance', CASE WHEN (g + k) % 16 = 0 THEN 'CANCELLED_BY_FAMILY'
                                         WHEN (g + k) % 8 = 1 THEN 'DID_NOT_ATTEND' ELSE 'ATTENDED' END,
                      'durationMinutes', 60,
                      'attendees', jsonb_build_array('PARENT_1', 'BABY')) ORDER BY k)
             FROM generate_series(0, 7) AS k) ELSE '[]'::jsonb END,
         'parents', jsonb_build_array(jsonb_build_object(
             'position', 1,
             'ageBand', (ARRAY['UNDER_20', 'AGE_20_24', 'AGE_25_29', 'AGE_30_34', 'AGE_35_39', 'AGE_40_PLUS'])[1 + g % 6],
             'ethnicGroup', (ARRAY['WHITE_ENGLISH_WELSH_SCOTTISH_NI_BRITISH', 'WHITE_OTHER', 'ASIAN_PAKISTANI',
                                   'BLACK_AFRICAN', 'MIXED_WHITE_AND_ASIAN', 'PREFER_NOT_TO_SAY'])[1 + g % 6],
             'relationshipToBaby', (ARRAY['BIRTH_MOTHER', 'BIRTH_MOTHER', 'FATHER', 'PARTNER'])[1 + g % 4],
             'firstTimeParent', CASE WHEN g % 2 = 0 THEN 'YES' ELSE 'NO' END,
             'disability', CASE WHEN g % 9 = 0 THEN 'YES' ELSE 'NO' END,
             'needsInterpreter', CASE WHEN g % 11 = 0 THEN 'YES' ELSE 'NO' END)),
         'changedAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
       now()
FROM (
    SELECT g,
           CAST(md5('bench-referral-' || g) AS uuid) AS id,
           DATE '2023-01-01' + (g * 7919) % 730 AS received,
           (ARRAY['HEALTH_VISITOR', 'MIDWIFE', 'GP', 'PERINATAL_MENTAL_HEALTH', 'SOCIAL_CARE', 'OTHER', 'SELF'])[1 + g % 7] AS source,
           (ARRAY['OX11', 'OX11', 'OX10', 'OX12', 'OX13', 'OX14', 'OX4'])[1 + (g / 7) % 7] AS area,
           (ARRAY['RECEIVED', 'DECLINED', 'REDIRECTED', 'ACCEPTED', 'WAITING', 'IN_THERAPY',
                  'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED'])[1 + (g / 3) % 10] AS status
    FROM generate_series(1, :n) AS g
) r;
COMMIT;
ANALYZE referral_change;
