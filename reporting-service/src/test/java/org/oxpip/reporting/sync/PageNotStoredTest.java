package org.oxpip.reporting.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.oxpip.platform.database.DatabaseUnavailable;

/** A page the database could not take because it was away is the platform's 503, not our 500. */
class PageNotStoredTest {

    @Test
    void aLostConnectionShouldBeTheDatabaseUnavailable() {
        assertTrue(DatabaseUnavailable.causes(new PageNotStored("08003")), "connection does not exist");
        assertTrue(DatabaseUnavailable.causes(new PageNotStored("57P01")), "PostgreSQL shutting down");
    }

    @Test
    void aRefusedPageShouldStayOurFailure() {
        assertFalse(DatabaseUnavailable.causes(new PageNotStored("23505")), "a unique violation is not an outage");
    }
}
