-- The title block of the impact report, one row per funding stream, kept by a manager through
-- PUT /api/v1/reports/impact/settings/{fundingStream}. It describes a grant, never a family: the API
-- refuses text that looks like an e-mail address, a phone or NHS number or a full postcode, and the
-- lengths are limited here as well as there. Not part of the read model (which the feeds fill and
-- which holds no free text at all): nothing here comes from, or goes back to, another service.
CREATE TABLE impact_settings (
    funding_stream  text        PRIMARY KEY CHECK (funding_stream ~ '^[A-Z0-9_]{1,64}$'),
    project_title   text        NOT NULL CHECK (char_length(project_title) BETWEEN 1 AND 120),
    funder_name     text        NOT NULL CHECK (char_length(funder_name) BETWEEN 1 AND 120),
    description     text        NOT NULL CHECK (char_length(description) <= 600),
    area            text        NOT NULL CHECK (char_length(area) BETWEEN 1 AND 120),
    updated_at      timestamptz NOT NULL,
    version         integer     NOT NULL DEFAULT 0
);
