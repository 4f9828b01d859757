-- Equality monitoring per parent (issue 17): category codes only, each with PREFER_NOT_TO_SAY and NOT_ASKED.
-- Kept apart from referral_parent on purpose: erasure deletes the parent's personal data (that row) but keeps
-- these codes, which past years' reach figures need, like scores. The parent's age band at referral is
-- derived once, at intake, so that it survives the erasure of the date of birth it came from.
CREATE TABLE parent_monitoring (
    id                    uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    referral_id           uuid        NOT NULL REFERENCES referral (id),
    position              integer     NOT NULL CHECK (position IN (1, 2)),
    age_band              text,                  -- at referral; null when the date of birth was not known
    ethnic_group          text        NOT NULL DEFAULT 'NOT_ASKED',
    relationship_to_baby  text        NOT NULL DEFAULT 'NOT_ASKED',
    first_time_parent     text        NOT NULL DEFAULT 'NOT_ASKED',
    disability            text        NOT NULL DEFAULT 'NOT_ASKED',
    needs_interpreter     text        NOT NULL DEFAULT 'NOT_ASKED',
    updated_at            timestamptz NOT NULL,
    version               integer     NOT NULL DEFAULT 0,
    UNIQUE (referral_id, position)
);

-- Every parent already recorded starts as "not asked", with the age band its date of birth gives
-- (the same bands as monitoring/AgeBand).
INSERT INTO parent_monitoring (referral_id, position, age_band, updated_at)
SELECT p.referral_id,
       p.position,
       CASE
           WHEN p.date_of_birth IS NULL THEN NULL
           WHEN date_part('year', age(r.received_on, p.date_of_birth)) < 20 THEN 'UNDER_20'
           WHEN date_part('year', age(r.received_on, p.date_of_birth)) < 25 THEN 'AGE_20_24'
           WHEN date_part('year', age(r.received_on, p.date_of_birth)) < 30 THEN 'AGE_25_29'
           WHEN date_part('year', age(r.received_on, p.date_of_birth)) < 35 THEN 'AGE_30_34'
           WHEN date_part('year', age(r.received_on, p.date_of_birth)) < 40 THEN 'AGE_35_39'
           ELSE 'AGE_40_PLUS'
       END,
       now()
FROM referral_parent p
JOIN referral r ON r.id = p.referral_id;
