package org.oxpip.outcomes.alert;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oxpip.outcomes.audit.AuditLog;
import org.oxpip.outcomes.audit.AuditLog.Action;
import org.oxpip.outcomes.erasure.ErasedReferrals;
import org.oxpip.platform.paging.PageRequest;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Callers;

/**
 * Lists risk alerts and records their acknowledgement. Each call is one transaction holding the
 * read or change and its audit rows, so neither is kept without the other; a refused
 * acknowledgement leaves no trace.
 */
@ApplicationScoped
public class AlertService {

    private static final Sort OLDEST_FIRST = Sort.by("raisedAt").and("id");

    @Inject
    AuditLog audit;

    @Inject
    Callers callers;

    @Inject
    ErasedReferrals erasedReferrals;

    /** Oldest first, so the longest-waiting alert is on top; all statuses when none is asked for. */
    @Transactional
    public AlertPage list(Optional<AlertStatus> status, PageRequest request) {
        PanacheQuery<RiskAlert> query = status.isPresent()
                ? RiskAlert.find("status", OLDEST_FIRST, status.get())
                : RiskAlert.findAll(OLDEST_FIRST);
        List<RiskAlert> alerts =
                query.page(Page.of(request.page(), request.size())).list();
        // Each alert shown is a read of one family's record, so each gets its own audit row naming it.
        alerts.forEach(alert -> audit.record(Action.LIST, AuditLog.RISK_ALERT, alert.id));
        return new AlertPage(
                alerts.stream().map(RiskAlertView::of).toList(), request.page(), request.size(), query.count());
    }

    /**
     * Checks in this order: the note (400), the alert (404), the referral not erased (422), the alert
     * still open (409).
     */
    @Transactional
    public RiskAlertView acknowledge(UUID id, Acknowledgement acknowledgement) {
        String note = Acknowledgement.checkedNote(acknowledgement);
        UUID referral = RiskAlert.referralOf(id).orElseThrow(ProblemException::notFound);
        // A note is free text about the family: an erased referral takes none. Held before the row lock,
        // in the order an erasure takes them.
        erasedReferrals.holdForWriting(referral);
        // Locked, so that two clinicians acknowledging at once get one 200 and one 409.
        RiskAlert alert = RiskAlert.<RiskAlert>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(ProblemException::notFound);
        alert.acknowledge(callers.current().actor(), note, Instant.now());
        audit.record(Action.ACKNOWLEDGE, AuditLog.RISK_ALERT, id);
        return RiskAlertView.of(alert);
    }
}
