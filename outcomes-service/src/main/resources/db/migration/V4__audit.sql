-- Every read and change of a family's measures: who, with which role, what, when, which record.
-- Written in the same transaction as the change, so a change is never left unaudited.
CREATE TABLE audit_entry (
    id          uuid PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    role        text        NOT NULL,
    action      text        NOT NULL,
    record_type text        NOT NULL,
    record_id   uuid
);

CREATE INDEX audit_entry_record_idx ON audit_entry (record_type, record_id, at);
