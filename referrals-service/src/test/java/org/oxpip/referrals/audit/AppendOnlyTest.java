package org.oxpip.referrals.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.Api;
import org.oxpip.referrals.testing.Database;

/**
 * The audit trail and the erasure confirmations are append-only in the database itself: the
 * service's own database user (here even a superuser) can add rows but not change or remove them.
 */
@QuarkusTest
class AppendOnlyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "audit_entry          | UPDATE audit_entry SET actor = 'someone-else' WHERE referral_id = '%s'",
                "audit_entry          | DELETE FROM audit_entry WHERE referral_id = '%s'",
                "audit_entry          | TRUNCATE audit_entry",
                "erasure_confirmation | UPDATE erasure_confirmation SET confirmed_at = now() WHERE referral_id = '%s'",
                "erasure_confirmation | DELETE FROM erasure_confirmation WHERE referral_id = '%s'",
                "erasure_confirmation | TRUNCATE erasure_confirmation CASCADE",
            })
    void rowsShouldNeverBeChangedOrRemoved(String table, String statement) throws SQLException {
        String id = Api.submitAsPartner(TestTokens.AGENCY_A);
        given().auth()
                .oauth2(TestTokens.staff("admin"))
                .when()
                .post("/api/v1/referrals/{id}/erasure", id)
                .then()
                .statusCode(200);
        String rows = "SELECT count(*) FROM " + table + " WHERE referral_id = '" + id + "'";
        String unchanged = rows
                + (table.equals("audit_entry")
                        ? " AND actor <> 'someone-else'"
                        : " AND confirmed_at = (SELECT erased_at FROM referral WHERE id = '" + id + "')");
        long before = Database.count(rows);
        assertEquals(before, Database.count(unchanged));

        try (Connection c = Database.connection();
                Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.execute(statement.formatted(id)));
            assertEquals("42501", refused.getSQLState());
        }
        assertEquals(before, Database.count(unchanged));
        assertEquals(true, before > 0);
    }
}
