package org.oxpip.outcomes.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.oxpip.outcomes.testing.Api.measure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;
import org.oxpip.platform.paging.PageRequest;
import org.oxpip.platform.problem.ProblemException;

/**
 * The alert rules, their transactions and their audit rows live in {@link AlertService}, not in the
 * resource: called without HTTP, it still audits, refuses and rolls back as the API promises.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = "clinician")
class AlertServiceTest {

    private static final Acknowledgement NOTE =
            new Acknowledgement("Called the parent; safety plan agreed with the GP");

    @Inject
    AlertService alerts;

    @Test
    void anAcknowledgementAndItsAuditRowShouldCommitOrRollBackTogether() {
        UUID alert = openAlert();
        QuarkusTransaction.begin();
        alerts.acknowledge(alert, NOTE);
        QuarkusTransaction.rollback();
        assertEquals("OPEN", Rows.string("SELECT status FROM risk_alert WHERE id = '" + alert + "'"));
        assertEquals(0, acknowledgements(alert));

        RiskAlertView acknowledged = alerts.acknowledge(alert, NOTE);
        assertEquals(AlertStatus.ACKNOWLEDGED, acknowledged.status());
        assertEquals("clinician", acknowledged.acknowledgedBy());
        assertEquals(1, acknowledgements(alert));
    }

    @Test
    void aRefusedAcknowledgementShouldLeaveNoTrace() {
        UUID alert = openAlert();
        alerts.acknowledge(alert, NOTE);
        Map<String, Long> before = Rows.counts();
        assertEquals(400, refusal(() -> alerts.acknowledge(alert, new Acknowledgement(" "))));
        assertEquals(400, refusal(() -> alerts.acknowledge(alert, null)));
        assertEquals(404, refusal(() -> alerts.acknowledge(UUID.randomUUID(), NOTE)));
        assertEquals(409, refusal(() -> alerts.acknowledge(alert, NOTE)));
        assertEquals(before, Rows.counts());
    }

    @Test
    void aListShouldAuditEachAlertItReturns() {
        openAlert();
        openAlert();
        List<String> before = listRows();
        AlertPage page = alerts.list(Optional.of(AlertStatus.OPEN), new PageRequest(0, 2));
        assertEquals(2, page.items().size());
        List<String> added = new ArrayList<>(listRows());
        before.forEach(added::remove);
        assertEquals(
                page.items().stream()
                        .map(alert -> alert.id().toString())
                        .sorted()
                        .toList(),
                added.stream().sorted().toList(),
                "one LIST row per alert returned, naming it");
    }

    private static int refusal(Runnable call) {
        return assertThrows(ProblemException.class, call::run).problem().status();
    }

    /** The alert named by every LIST row the clinician has written, one entry per row. */
    private static List<String> listRows() {
        return Rows.strings("SELECT record_id FROM audit_entry WHERE action = 'LIST' AND record_type = 'risk_alert'"
                + " AND actor = 'clinician' AND role = 'clinician'");
    }

    private static long acknowledgements(UUID alert) {
        return Rows.count(
                "SELECT count(*) FROM audit_entry WHERE record_id = '" + alert + "' AND action = 'ACKNOWLEDGE'");
    }

    /** Records a PHQ-9 with item 9 answered through the API, and gives the alert it opened. */
    private static UUID openAlert() {
        String assessment = Api.recorded(measure(
                ReferralsStub.referral("ACCEPTED"),
                "PHQ9",
                "BASELINE",
                "PARENT_1",
                "2024-12-10",
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1));
        return UUID.fromString(Rows.string("SELECT id FROM risk_alert WHERE assessment_id = '" + assessment + "'"));
    }
}
