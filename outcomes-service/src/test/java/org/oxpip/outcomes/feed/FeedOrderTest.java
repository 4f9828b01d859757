package org.oxpip.outcomes.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.outcomes.testing.Api.phq9;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/**
 * The feed never skips a change, even when transactions commit in another order than the one they
 * started in (docs/feeds.md, decision 0007). Each test forces an interleaving with two real transactions
 * on their own connections, and reads the feed through the API between the steps.
 */
@QuarkusTest
class FeedOrderTest {

    private ExecutorService background;

    @BeforeEach
    void startBackground() {
        background = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    /**
     * The interleaving that skips a change with a plain sequence: A writes its change first, B writes after it and
     * commits at once while A is still open, a reader reads in between, then A commits. Read as "everything above my
     * cursor", the reader would move past B, and A, committed later, would lie behind its cursor: skipped. Here B
     * does not wait for A, the reader sees neither while A is open (B's change sorts after A's), and then both, A
     * first, each once.
     */
    @Test
    void aChangeWrittenFirstButCommittedLastShouldNotBeSkipped() throws Exception {
        String start = FeedReader.end();
        try (Tx a = Tx.begin();
                Tx b = Tx.begin()) {
            AssessmentChange changeA = writeAssessment(a.connection());
            FeedWriter.append(a.connection(), changeA); // A has written its change, and stays open
            AssessmentChange changeB = writeAssessment(b.connection());
            background
                    .submit(() -> {
                        FeedWriter.append(b.connection(), changeB);
                        b.commit();
                        return null;
                    })
                    .get(10, TimeUnit.SECONDS); // B commits without waiting for A

            JsonPath meanwhile = FeedReader.page(start, 100); // the reader reads while A is still open
            assertEquals(List.of(), meanwhile.getList("items"), "B's committed change waits behind A's open one");
            assertEquals(start, meanwhile.getString("next"), "the reader does not move");

            a.commit();
            JsonPath after = FeedReader.page(start, 100);
            assertEquals(
                    List.of(
                            changeA.assessmentId().toString(),
                            changeB.assessmentId().toString()),
                    after.getList("items.assessmentId"),
                    "both changes read once, A first: A was not left behind the reader's cursor");
        }
    }

    @Test
    void aRecordingThroughTheApiShouldNotWaitForATransactionInFlightNorOvertakeIt() throws Exception {
        String start = FeedReader.end();
        try (Tx a = Tx.begin()) {
            AssessmentChange changeA = writeAssessment(a.connection());
            FeedWriter.append(a.connection(), changeA);

            String id = CompletableFuture.supplyAsync(
                            () -> Api.recorded(phq9(ReferralsStub.referral("ACCEPTED"))), background)
                    .get(60, TimeUnit.SECONDS); // recorded and committed while A is open
            assertEquals(0, FeedReader.page(start, 100).getList("items").size(), "held back behind A");

            a.commit();
            assertEquals(
                    List.of(changeA.assessmentId().toString(), id),
                    FeedReader.page(start, 100).getList("items.assessmentId"));
        }
    }

    @Test
    void aRolledBackChangeShouldNeverAppear() throws Exception {
        String start = FeedReader.end();
        try (Tx a = Tx.begin()) {
            FeedWriter.append(a.connection(), writeAssessment(a.connection()));
        } // rolled back
        String id = Api.recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        JsonPath page = FeedReader.page(start, 100);
        assertEquals(List.of(id), page.getList("items.assessmentId"));
        assertEquals(page.getString("items[0].position"), page.getString("next"));
    }

    /** Cursors handed out before the feed was ordered by transaction (a bare position) still read on. */
    @Test
    void aCursorFromBeforeShouldStillReadOn() {
        String id = Api.recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        assertTrue(FeedReader.all("0").contains(id));
        assertTrue(FeedReader.all("999999999").contains(id), "every change since sorts after the old ones");
    }

    /** The assessment row a transaction writes before its feed entry, as AssessmentService does. */
    private static AssessmentChange writeAssessment(Connection connection) throws SQLException {
        UUID id = UUID.randomUUID();
        UUID referral = ReferralsStub.referral("ACCEPTED");
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO assessment (id, referral_id, instrument, timepoint, respondent, completed_on, answers, total,
                                        band, risk_flag, deleted, recorded_by, created_at, updated_at, version)
                VALUES (?, ?, 'GAD7', 'BASELINE', 'PARENT_1', DATE '2024-12-10', '{1,1,1,1,1,1,1}', 7, 'mild', false,
                        false, 'clinician', now(), now(), 0)""")) {
            insert.setObject(1, id);
            insert.setObject(2, referral);
            insert.executeUpdate();
        }
        return new AssessmentChange(
                id,
                referral,
                "GAD7",
                "BASELINE",
                "PARENT_1",
                LocalDate.parse("2024-12-10"),
                7,
                "mild",
                false,
                Instant.now(),
                Instant.now());
    }

    /** A transaction on its own connection that is rolled back unless it was committed, so a failed test leaves no lock. */
    private record Tx(Connection connection) implements AutoCloseable {

        static Tx begin() throws SQLException {
            Connection connection = Rows.dataSource().getConnection();
            connection.setAutoCommit(false);
            return new Tx(connection);
        }

        void commit() throws SQLException {
            connection.commit();
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }
}
