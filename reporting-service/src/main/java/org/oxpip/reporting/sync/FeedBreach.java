package org.oxpip.reporting.sync;

/** A page that breaks the feed contract (docs/feeds.md); it is not stored and the cursor stays put. */
class FeedBreach extends RuntimeException {

    FeedBreach(String description) {
        super(description, null, false, false);
    }
}
