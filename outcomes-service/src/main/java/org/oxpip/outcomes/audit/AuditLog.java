package org.oxpip.outcomes.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Callers;

/**
 * Writes the audit trail (docs/design.md, security model). MANDATORY: an entry is always part of the
 * transaction of the read or change it records, so neither can be kept without the other.
 */
@ApplicationScoped
public class AuditLog {

    public enum Action {
        RECORD,
        READ,
        CORRECT,
        DELETE,
        READ_HISTORY,
        LIST,
        READ_OUTCOMES,
        ACKNOWLEDGE,
        ERASE,
        APPROVE_QUOTE,
        EDIT_QUOTE,
        WITHDRAW_QUOTE,
        IMPORT
    }

    public static final String ASSESSMENT = "assessment";
    public static final String REFERRAL = "referral";
    public static final String RISK_ALERT = "risk_alert";
    /** A satisfaction questionnaire's comments and their quote, by feedback id (never the referral's). */
    public static final String FEEDBACK = "feedback";

    @Inject
    Callers callers;

    /** The service itself, acting on no caller's request (an erasure referrals-service told us of). */
    public static final String SERVICE_ACTOR = "outcomes-service";

    public static final String SERVICE_ROLE = "system";

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, String recordType, UUID recordId) {
        Caller caller = callers.current();
        write(caller.actor(), caller.mainRole(), action, recordType, recordId);
    }

    /** For work done on a caller's behalf away from its request (an import's run): the caller is named. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, Action action, String recordType, UUID recordId) {
        write(caller.actor(), caller.mainRole(), action, recordType, recordId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByService(Action action, String recordType, UUID recordId) {
        write(SERVICE_ACTOR, SERVICE_ROLE, action, recordType, recordId);
    }

    private static void write(String actor, String role, Action action, String recordType, UUID recordId) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.role = role;
        entry.action = action.name();
        entry.recordType = recordType;
        entry.recordId = recordId;
        entry.persist();
    }
}
