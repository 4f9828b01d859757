package org.oxpip.referrals.feed;

import org.oxpip.platform.problem.ProblemException;

/**
 * A place in the referrals feed: the writing transaction's id and the change's position within the feed's
 * sequence, written {@code "txid.position"}. Readers treat it as opaque. A bare number is a cursor handed out
 * before the feed was ordered by transaction: those changes all carry transaction id 0.
 */
record FeedCursor(long txid, long position) {

    static final FeedCursor START = new FeedCursor(0, 0);

    static FeedCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            int dot = text.indexOf('.');
            FeedCursor cursor = dot < 0
                    ? new FeedCursor(0, Long.parseLong(text))
                    : new FeedCursor(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
            if (cursor.txid < 0 || cursor.position < 0) {
                throw new NumberFormatException();
            }
            return cursor;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "is not a cursor this feed gave out");
        }
    }

    @Override
    public String toString() {
        return txid + "." + position;
    }
}
