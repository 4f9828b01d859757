package org.oxpip.referrals.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.oxpip.platform.security.Caller;

/**
 * Writes the audit trail. MANDATORY: the entry joins the transaction of the access it records, so
 * either both are kept or neither.
 */
@ApplicationScoped
public class AuditLog {

    public enum Action {
        CREATE,
        READ,
        LIST,
        TRANSITION,
        ERASE,
        HISTORY,
        /** An admin read which services have confirmed a referral's erasure. */
        READ_ERASURE,
        /** A service confirmed that it erased its copy of the referral's personal data. */
        CONFIRM_ERASURE,
        /** An admin's import of the charity's spreadsheets created the referral (issue 18). */
        IMPORT,
        /** Sessions of a referral (issue 17): recorded, read one, listed, corrected, deleted, versions read. */
        RECORD_SESSION,
        READ_SESSION,
        LIST_SESSIONS,
        CORRECT_SESSION,
        DELETE_SESSION,
        SESSION_HISTORY,
        /** A parent's equality monitoring read or corrected by staff. */
        READ_MONITORING,
        CORRECT_MONITORING,
        /** A manager read the caseload (per clinician; no referral of its own). */
        CASELOAD
    }

    /** One entry of {@link #recordAll}. */
    public record AuditRow(Action action, UUID referralId) {}

    /**
     * Many entries by one caller at once (an import's families), as one JDBC batch: the table's identity ids
     * keep Hibernate from batching the entities.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Caller caller, List<AuditRow> rows) {
        Timestamp at = Timestamp.from(Instant.now());
        AuditEntry.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_entry (referral_id, actor, actor_role, action, at) VALUES (?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (AuditRow row : rows) {
                    insert.setObject(1, row.referralId());
                    insert.setString(2, caller.actor());
                    insert.setString(3, caller.mainRole());
                    insert.setString(4, row.action().name());
                    insert.setTimestamp(5, at);
                    insert.addBatch();
                    if (++pending == 500) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, Action action, UUID referralId) {
        AuditEntry entry = new AuditEntry();
        entry.referralId = referralId;
        entry.actor = caller.actor();
        entry.actorRole = caller.mainRole();
        entry.action = action.name();
        entry.at = Instant.now();
        entry.persist();
    }
}
