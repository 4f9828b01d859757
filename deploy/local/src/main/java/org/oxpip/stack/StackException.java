package org.oxpip.stack;

/** A failure to bring the stack up, with a message meant for the person at the terminal. */
public class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
