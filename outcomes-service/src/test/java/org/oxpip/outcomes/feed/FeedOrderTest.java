package org.oxpip.outcomes.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/**
 * The feed never skips a change, even when transactions commit in another order than the one they
 * started in (docs/feeds.md). Each test forces an interleaving with two real transactions on their
 * own connections, and reads the feed through the API between the steps.
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
     * The interleaving that skips a change with a plain sequence: A takes its position first, B takes the
     * next one and tries to commit while A is still open, a reader reads in between, then A commits. With
     * a sequence B commits at once, the reader moves past B's position, and A lands behind the cursor,
     * never to be read. Whatever the mechanism, every committed change must be read exactly once.
     */
    @Test
    void aChangeThatTookItsPositionFirstButCommitsLastShouldNotBeSkipped() throws Exception {
        String start = FeedReader.end();
        try (Tx a = Tx.begin();
                Tx b = Tx.begin()) {
            AssessmentChange changeA = writeAssessment(a.connection());
            FeedWriter.append(a.connection(), changeA); // A takes its position first, and stays open
            AssessmentChange changeB = writeAssessment(b.connection());
            Future<Long> bCommitted = background.submit(() -> {
                long position = FeedWriter.append(b.connection(), changeB); // B takes the next one...
                b.commit(); // ...and commits as soon as it may
                return position;
            });
            awaitDoneOrWaitingOnTheFeedLock(bCommitted);

            JsonPath seen = FeedReader.page(start, 100); // the reader reads while A is still open
            String cursor = seen.getString("next");

            a.commit();
            bCommitted.get(30, TimeUnit.SECONDS);

            List<String> read = new java.util.ArrayList<>(seen.getList("items.assessmentId"));
            read.addAll(FeedReader.page(cursor, 100).getList("items.assessmentId"));
            assertEquals(
                    List.of(
                            changeA.assessmentId().toString(),
                            changeB.assessmentId().toString()),
                    read,
                    "both changes read once, A first: A was not left behind the reader's cursor");
        }
    }

    @Test
    void aChangeInFlightShouldHoldTheFeedBackInsteadOfBeingSkipped() throws Exception {
        String start = FeedReader.end();
        try (Tx a = Tx.begin();
                Tx b = Tx.begin()) {
            AssessmentChange changeA = writeAssessment(a.connection());
            FeedWriter.append(a.connection(), changeA); // A has its position, not yet committed

            AssessmentChange changeB = writeAssessment(b.connection());
            Future<Long> positionB = background.submit(() -> {
                long position = FeedWriter.append(b.connection(), changeB); // B must wait for A's commit...
                b.commit();
                return position;
            });
            awaitWaitingOnTheFeedLock();
            assertFalse(positionB.isDone(), "B cannot take a position while A holds the counter");

            JsonPath meanwhile = FeedReader.page(start, 100);
            assertEquals(0, meanwhile.getList("items").size(), "nothing committed yet: the feed is held back");
            assertEquals(start, meanwhile.getString("next"), "the reader does not move");

            a.commit(); // ...and takes the next one after it
            long b2 = positionB.get(30, TimeUnit.SECONDS);

            JsonPath after = FeedReader.page(start, 100);
            assertEquals(
                    List.of(
                            changeA.assessmentId().toString(),
                            changeB.assessmentId().toString()),
                    after.getList("items.assessmentId"),
                    "both, in commit order");
            assertEquals(Long.toString(b2), after.getString("next"));
        }
    }

    @Test
    void aRecordingThroughTheApiShouldQueueBehindATransactionInFlight() throws Exception {
        String start = FeedReader.end();
        try (Tx a = Tx.begin()) {
            AssessmentChange changeA = writeAssessment(a.connection());
            FeedWriter.append(a.connection(), changeA);

            CompletableFuture<String> recorded = CompletableFuture.supplyAsync(
                    () -> Api.recorded(phq9(ReferralsStub.referral("ACCEPTED"))), background);
            awaitWaitingOnTheFeedLock();
            assertEquals(0, FeedReader.page(start, 100).getList("items").size());

            a.commit();
            String id = recorded.get(60, TimeUnit.SECONDS);
            assertEquals(
                    List.of(changeA.assessmentId().toString(), id),
                    FeedReader.page(start, 100).getList("items.assessmentId"));
        }
    }

    @Test
    void aRolledBackChangeShouldLeaveNoGapAndNoItem() throws Exception {
        String start = FeedReader.end();
        try (Tx a = Tx.begin()) {
            FeedWriter.append(a.connection(), writeAssessment(a.connection()));
        }
        String id = Api.recorded(phq9(ReferralsStub.referral("ACCEPTED")));
        JsonPath page = FeedReader.page(start, 100);
        assertEquals(List.of(id), page.getList("items.assessmentId"));
        assertEquals(Long.toString(Long.parseLong(start) + 1), page.getString("items[0].position"));
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

    /** Until the background writer has finished, or is blocked on the feed counter's row lock. */
    private static void awaitDoneOrWaitingOnTheFeedLock(Future<?> writer) throws InterruptedException {
        for (int i = 0; i < 300 && !writer.isDone(); i++) {
            if (Rows.count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND query LIKE '%UPDATE feed_position%'")
                    > 0) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Until some transaction is blocked on the feed counter's row lock. */
    private static void awaitWaitingOnTheFeedLock() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (Rows.count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND query LIKE '%UPDATE feed_position%'")
                    > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No transaction ever waited for the feed counter");
    }

    @Test
    void theCounterShouldBeASingleRow() {
        assertEquals(1, Rows.count("SELECT count(*) FROM feed_position"));
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
