package org.missioncj.adapter.spi;

/**
 * A host system did not accept a message. The message names the cause for the operator reading the
 * dead-letter list: "court system answered HTTP 503", not a stack trace.
 */
public class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    /** Worth trying again later (the system is down, busy or timed out). */
    public DeliveryException(String message) {
        this(message, false, null);
    }

    public DeliveryException(String message, Throwable cause) {
        this(message, false, cause);
    }

    /**
     * @param permanent true when trying again cannot help (the system rejected the message itself); the
     *        message then goes to the dead-letter list at once
     */
    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
