package org.oxpip.stack;

import java.util.concurrent.Callable;

/**
 * Makes "start a process" and "the stack is closing" mutually exclusive, so a Ctrl-C that arrives while the
 * stack is still starting can never miss a process that is being launched at that moment.
 */
final class Lifecycle {

    private boolean closed;

    /** Runs {@code spawn} unless the stack is closing. */
    synchronized <T> T spawn(Callable<T> spawn) throws Exception {
        if (closed) {
            throw new StackException("the stack is stopping");
        }
        return spawn.call();
    }

    /** @return false if it was already closed */
    synchronized boolean close() {
        boolean wasOpen = !closed;
        closed = true;
        return wasOpen;
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
