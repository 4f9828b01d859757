package org.oxpip.reporting.sync;

/** Another sync of the same feed moved the cursor while this page was being fetched. */
class CursorMoved extends RuntimeException {

    CursorMoved() {
        super("the cursor moved", null, false, false);
    }
}
