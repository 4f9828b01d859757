-- The audit trail and the erasure confirmations are evidence: rows are added, never changed or
-- removed, whoever asks. A trigger rather than REVOKE, because the service's own database user owns
-- these tables (Flyway creates them as that user) and an owner's privileges cannot be taken from it.
-- The trigger binds the owner and superusers alike; dropping it would take a migration, which is
-- reviewed and recorded.
CREATE FUNCTION refuse_rewriting_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_history();
CREATE TRIGGER audit_entry_never_truncated BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_history();

CREATE TRIGGER erasure_confirmation_append_only BEFORE UPDATE OR DELETE ON erasure_confirmation
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_history();
CREATE TRIGGER erasure_confirmation_never_truncated BEFORE TRUNCATE ON erasure_confirmation
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_history();
