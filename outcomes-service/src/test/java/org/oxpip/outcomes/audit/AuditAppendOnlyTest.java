package org.oxpip.outcomes.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/**
 * Audit rows are append-only in the database itself: the service's own database user (the one the
 * tests connect with) cannot change or remove one, whatever code runs.
 */
@QuarkusTest
class AuditAppendOnlyTest {

    private String entry;

    @BeforeEach
    void recordSomethingAudited() {
        String assessment = Api.recorded(Api.phq9(ReferralsStub.referral("ACCEPTED")));
        entry = Rows.string("SELECT id FROM audit_entry WHERE record_id = '" + assessment + "' AND action = 'RECORD'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "UPDATE audit_entry SET actor = 'someone-else' WHERE id = '%s'",
                "UPDATE audit_entry SET record_id = NULL WHERE id <> '%s'",
                "DELETE FROM audit_entry WHERE id = '%s'",
                "DELETE FROM audit_entry WHERE id <> '%s'",
                "TRUNCATE audit_entry /* %s */"
            })
    void shouldRefuseAnyChangeOfAnAuditRow(String statement) throws SQLException {
        long before = Rows.count("SELECT count(*) FROM audit_entry");
        try (Connection connection = Rows.dataSource().getConnection();
                Statement sql = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement.formatted(entry)));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(before, Rows.count("SELECT count(*) FROM audit_entry"));
        assertEquals("clinician", Rows.string("SELECT actor FROM audit_entry WHERE id = '" + entry + "'"));
    }

    @Test
    void shouldStillTakeNewRows() {
        long before = Rows.count("SELECT count(*) FROM audit_entry");
        Api.recorded(Api.phq9(ReferralsStub.referral("ACCEPTED")));
        assertEquals(before + 1, Rows.count("SELECT count(*) FROM audit_entry"));
    }
}
