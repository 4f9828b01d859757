package org.oxpip.platform.feed;

import java.util.List;
import java.util.regex.Pattern;
import org.oxpip.platform.problem.Problem;

/**
 * A place in a change feed ordered by the writing transaction (docs/decisions/0007): the transaction's id and the
 * change's position in the feed's sequence, written {@code "txid.position"}. Readers treat it as opaque. A bare
 * number is a cursor handed out before the feed was ordered by transaction: those changes all carry transaction
 * id 0, so it reads on from where it was.
 *
 * <p>Every feed reads its page with the same rule, {@link #PAGE_CONDITION}: after the cursor, and only changes of
 * transactions older than every one still in flight. A change that commits later sorts after them, so a cursor
 * never moves past a change that is not yet visible.
 */
public record FeedCursor(long txid, long position) {

    public static final FeedCursor START = new FeedCursor(0, 0);

    /**
     * The page's condition on a change table aliased {@code c}, with the cursor bound as {@code ?1} (its txid as
     * text) and {@code ?2} (its position). Order by {@code c.txid, c.position}.
     */
    public static final String PAGE_CONDITION =
            "(c.txid, c.position) > (CAST(?1 AS xid8), ?2)" + " AND c.txid < pg_snapshot_xmin(pg_current_snapshot())";

    private static final Pattern TEXT = Pattern.compile("\\d{1,18}(\\.\\d{1,18})?");

    /** The cursor a caller sent as {@code after}; absent is the start, anything else adds a field error. */
    public static FeedCursor parse(String text, List<Problem.FieldError> errors) {
        if (text == null || text.isEmpty()) {
            return START;
        }
        if (!TEXT.matcher(text).matches()) {
            errors.add(new Problem.FieldError("after", "is not a cursor this feed gave out"));
            return START;
        }
        int dot = text.indexOf('.');
        return dot < 0
                ? new FeedCursor(0, Long.parseLong(text))
                : new FeedCursor(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
    }

    /** The cursor of a row read as {@code CAST(c.txid AS text), c.position}. */
    public static FeedCursor of(Object txid, Object position) {
        return new FeedCursor(Long.parseLong(txid.toString()), ((Number) position).longValue());
    }

    /** The txid as the page query binds it ({@code CAST(?1 AS xid8)}). */
    public String txidText() {
        return Long.toString(txid);
    }

    @Override
    public String toString() {
        return txid + "." + position;
    }
}
