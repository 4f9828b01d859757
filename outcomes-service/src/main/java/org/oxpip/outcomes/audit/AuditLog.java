package org.oxpip.outcomes.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.oxpip.outcomes.security.Caller;
import org.oxpip.outcomes.security.Callers;

/**
 * Writes the audit trail (DESIGN.md, security model). MANDATORY: an entry is always part of the
 * transaction of the read or change it records, so neither can be kept without the other.
 */
@ApplicationScoped
public class AuditLog {

    public enum Action { RECORD, READ, CORRECT, DELETE, READ_HISTORY, LIST, READ_OUTCOMES, ACKNOWLEDGE }

    public static final String ASSESSMENT = "assessment";
    public static final String REFERRAL = "referral";
    public static final String RISK_ALERT = "risk_alert";

    @Inject
    Callers callers;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, String recordType, UUID recordId) {
        Caller caller = callers.current();
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = Instant.now();
        entry.actor = caller.actor();
        entry.role = caller.mainRole();
        entry.action = action.name();
        entry.recordType = recordType;
        entry.recordId = recordId;
        entry.persist();
    }
}
