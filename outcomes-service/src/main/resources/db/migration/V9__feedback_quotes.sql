-- Issue 16: a satisfaction questionnaire's comments carry the parent's consent, and a manager may approve
-- them as a quote for funders' reports (outcomes-service/README.md, "Feedback and quotes").
--
-- comments_consent: NOT_SHARED (the default: the comment stays with the family's record), SERVICE_ONLY
-- (staff of the service may read it) or QUOTE_ANONYMOUSLY (may be quoted, de-identified, to funders).
-- Null for every instrument but SATISFACTION. feedback_id is the id a manager curates by: a random id of its
-- own, so the curation list never shows the assessment's or the referral's id.
-- funding_stream is the referral's, as referrals-service told us when the questionnaire was recorded.
ALTER TABLE assessment
    ADD COLUMN comments_consent    text CHECK (comments_consent IN ('NOT_SHARED', 'SERVICE_ONLY', 'QUOTE_ANONYMOUSLY')),
    ADD COLUMN comments_consent_on date,
    ADD COLUMN feedback_id         uuid UNIQUE,
    ADD COLUMN funding_stream      text;

UPDATE assessment SET comments_consent = 'NOT_SHARED', feedback_id = gen_random_uuid()
 WHERE instrument = 'SATISFACTION';

ALTER TABLE assessment_version
    ADD COLUMN comments_consent    text,
    ADD COLUMN comments_consent_on date;

-- At most one quote per feedback. text is what reaches reports: the manager's edit, or the comment as the
-- parent wrote it when the manager approved it unedited (edited false). The original stays in
-- assessment.comments, beside it. WITHDRAWN keeps the approved text inside this service; ERASED keeps none.
CREATE TABLE feedback_quote (
    id                uuid PRIMARY KEY,
    assessment_id     uuid        NOT NULL UNIQUE REFERENCES assessment (id),
    status            text        NOT NULL CHECK (status IN ('APPROVED', 'WITHDRAWN', 'ERASED')),
    funding_streams   text[]      NOT NULL,
    text              text        CHECK (char_length(text) BETWEEN 1 AND 1000),
    edited            boolean     NOT NULL,
    month             date        NOT NULL,
    approved_by       text        NOT NULL,
    approved_at       timestamptz NOT NULL,
    withdrawn_by      text,
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    updated_at        timestamptz NOT NULL,
    version           integer     NOT NULL,
    CHECK (status = 'ERASED' OR text IS NOT NULL)
);

-- The quotes feed (docs/feeds.md): one row per change, positioned like the assessment feed by a single-row
-- counter of its own bumped as the change's last statement. A row holds no text: the feed shows each quote as
-- it stands now, so a withdrawn or erased quote's words are gone from the feed's history too.
CREATE TABLE quote_feed_position (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    last     bigint  NOT NULL
);

INSERT INTO quote_feed_position (only_row, last) VALUES (true, 0);

CREATE TABLE quote_change (
    position   bigint PRIMARY KEY,
    quote_id   uuid        NOT NULL REFERENCES feedback_quote (id),
    changed_at timestamptz NOT NULL
);
