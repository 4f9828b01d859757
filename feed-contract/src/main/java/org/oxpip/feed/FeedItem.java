package org.oxpip.feed;

import java.util.Optional;

/** An item of a change feed: it has a place in the feed and may break the contract. */
public interface FeedItem {

    String position();

    /**
     * What is wrong with this item, in our own words (the field's name, never its value: a value
     * that breaks the contract might be exactly the personal data that must not be stored or logged).
     */
    Optional<String> breach();
}
