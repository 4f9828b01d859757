package org.oxpip.reporting.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.oxpip.feed.FeedItem;

/**
 * Table feed_cursor: how far each feed has been read. A page's rows and the cursor after them are
 * written in ONE transaction, so a crash at any point leaves either both or neither: the next run
 * asks again from the stored cursor and gets exactly the pages that are missing.
 */
@ApplicationScoped
public class FeedCursors {

    private final DataSource dataSource;

    FeedCursors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public String current(String feed) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT cursor FROM feed_cursor WHERE feed = ?")) {
            statement.setString(1, feed);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new PageNotStored(e.getSQLState());
        }
    }

    /**
     * Stores a page read after {@code expected} and moves the cursor past it. The cursor row is
     * updated first: its lock makes a concurrent sync of the same feed (another replica) wait, and if
     * that one already moved the cursor this page is dropped ({@link CursorMoved}) rather than
     * applied twice out of order.
     *
     * @return the new cursor
     */
    @Transactional
    public <T extends FeedItem> String store(ChangeFeed<T> feed, String expected, FeedPage<T> page, Instant now) {
        String next = page.next() == null ? expected : page.next();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement move = connection.prepareStatement("""
                    UPDATE feed_cursor SET cursor = ?, last_attempt_at = ?, version = version + 1
                    WHERE feed = ? AND cursor IS NOT DISTINCT FROM ?""")) {
                move.setString(1, next);
                move.setTimestamp(2, Timestamp.from(now));
                move.setString(3, feed.name());
                move.setString(4, expected);
                if (move.executeUpdate() != 1) {
                    throw new CursorMoved();
                }
            }
            feed.table().upsert(connection, page.items(), now);
            return next;
        } catch (SQLException e) {
            throw new PageNotStored(e.getSQLState());
        }
    }

    /** The feed was read to its end; everything committed upstream before {@code asOf} is in the read model. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String feed, Instant asOf, Instant now) {
        update("""
                UPDATE feed_cursor SET last_success_at = GREATEST(last_success_at, ?), last_attempt_at = ?,
                    last_error = NULL, version = version + 1
                WHERE feed = ?""", Timestamp.from(asOf), Timestamp.from(now), feed);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String feed, String error, Instant now) {
        update(
                "UPDATE feed_cursor SET last_attempt_at = ?, last_error = ?, version = version + 1 WHERE feed = ?",
                Timestamp.from(now),
                error,
                feed);
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PageNotStored(e.getSQLState());
        }
    }
}
